using System.Globalization;
using System.Text;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>A demo receipt or invoice: a small one-page PDF with the shop, the day, what was bought, the amount and how it was (to be) paid.</summary>
internal static class DemoBonnetje
{
    public static byte[] Pdf(string winkel, DateOnly datum, string omschrijving, Bedrag bedrag, string betaling = "Betaald met pin")
    {
        string[] regels = [winkel, datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), omschrijving,
            $"Totaal EUR {bedrag.Euro.ToString("N2", CultureInfo.GetCultureInfo("nl-NL"))}", betaling];
        var inhoud = string.Join("\n", regels.Select((regel, i) => $"BT /F1 {(i == 0 ? 12 : 9)} Tf 16 {150 - i * 22} Td ({Escape(regel)}) Tj ET"));
        string[] objecten =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 180] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {inhoud.Length} >>\nstream\n{inhoud}\nendstream",
        ];
        // Latin-1 is one byte per character, so the string's offsets are the file's (the cross-reference table needs them).
        var pdf = new StringBuilder("%PDF-1.4\n");
        var posities = new List<int>();
        foreach (var (tekst, i) in objecten.Select((o, i) => (o, i + 1)))
        {
            posities.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i} 0 obj\n{tekst}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objecten.Length + 1}\n0000000000 65535 f \n");
        foreach (var positie in posities)
            pdf.Append(CultureInfo.InvariantCulture, $"{positie:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objecten.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Escape(string tekst) => tekst.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
