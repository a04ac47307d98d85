using System.Globalization;
using System.Text;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Sylvan.Data.Csv;

namespace Gemeenschapskracht.Infrastructure.LokaleCijfers;

/// <summary>
/// Reads local figures with Sylvan.Data.Csv: the delimiter (comma or semicolon) is detected, the header names the columns
/// (any case, any order), a value may use a decimal comma or point, and an empty value is unknown (null), not 0.
/// Every problem is reported on its line; nothing is thrown for a bad line.
/// </summary>
public sealed class LokaleCijfersCsvReader : ILokaleCijfersReader
{
    /// <summary>A measure is stored under its prefix in a column of 100 characters.</summary>
    private static readonly int MaxMaatstaf = 100 - LokaleMaatstaf.Voorvoegsel.Length;

    private static readonly string[] Kolommen = ["maatstaf", "gebiedscode", "waarde", "bron", "jaar"];

    public IReadOnlyList<LokaleCijferRegel> Read(byte[] bestand)
    {
        string tekst;
        try
        {
            tekst = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bestand).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return [Fout(1, "Het bestand is geen tekst in UTF-8; sla het op als 'CSV UTF-8'.")];
        }
        if (string.IsNullOrWhiteSpace(tekst))
            return [];
        using var csv = CsvDataReader.Create(new StringReader(tekst), new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
        var kop = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        if (kop.All(string.IsNullOrEmpty))
            return [];
        var ontbrekend = Kolommen.Where(k => !kop.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (ontbrekend.Count > 0)
            return [Fout(1, $"De kopregel mist de kolom(men) {string.Join(", ", ontbrekend)}; verwacht: {string.Join(";", Kolommen)}.")];
        var kolom = Kolommen.ToDictionary(k => k, k => kop.FindIndex(h => h.Equals(k, StringComparison.OrdinalIgnoreCase)));

        var regels = new List<LokaleCijferRegel>();
        while (csv.Read())
        {
            string Veld(string naam) => kolom[naam] < csv.FieldCount ? csv.GetString(kolom[naam]).Trim() : "";
            // The header is line 1, so the n-th record is on line n + 1 (a quoted field with a line break aside).
            regels.Add(Regel(csv.RowNumber + 1, Veld("maatstaf"), Veld("gebiedscode").ToUpperInvariant(), Veld("waarde"), Veld("bron"), Veld("jaar")));
        }
        return regels;
    }

    private static LokaleCijferRegel Regel(int regel, string maatstaf, string code, string waardeTekst, string bron, string jaarTekst)
    {
        string? fout = null;
        if (maatstaf.Length == 0 || maatstaf.Length > MaxMaatstaf)
            fout = $"Vul de maatstaf in (hoogstens {MaxMaatstaf} tekens).";
        else if (bron.Length is 0 or > 200)
            fout = "Vul de bron in (hoogstens 200 tekens).";
        else if (!int.TryParse(jaarTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) || jaar is < 1900 or > 2100)
            fout = $"'{jaarTekst}' is geen jaar (bijvoorbeeld 2024).";
        decimal? waarde = null;
        if (fout is null && waardeTekst.Length > 0)
        {
            if (Getal(waardeTekst) is { } getal)
                waarde = getal;
            else
                fout = $"'{waardeTekst}' is geen getal (gebruik bijvoorbeeld 12,5 of 12.5; laat het veld leeg als de waarde onbekend is).";
        }
        return new LokaleCijferRegel(regel, maatstaf, code, waarde, bron, fout is null ? int.Parse(jaarTekst, CultureInfo.InvariantCulture) : 0, fout);
    }

    private static decimal? Getal(string tekst)
    {
        var style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        var culture = tekst.Contains(',') ? CultureInfo.GetCultureInfo("nl-NL") : CultureInfo.InvariantCulture;
        return decimal.TryParse(tekst, style, culture, out var getal) && Math.Abs(getal) < 1_000_000_000_000m ? getal : null;
    }

    private static LokaleCijferRegel Fout(int regel, string fout) => new(regel, "", "", null, "", 0, fout);
}
