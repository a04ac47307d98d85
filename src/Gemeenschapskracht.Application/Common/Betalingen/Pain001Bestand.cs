using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Common.Betalingen;

/// <summary>One credit transfer: the end-to-end reference (at most 35 characters), amount, payee, account and what the payee reads.</summary>
public sealed record Sepaoverschrijving(string EindTotEindKenmerk, Bedrag Bedrag, string Begunstigde, string Iban, string Omschrijving);

/// <summary>A batch to write: message id, the paying account holder and IBAN, the requested execution day and the transfers.</summary>
public sealed record Sepabatch(string Berichtkenmerk, string Opdrachtgever, string OpdrachtgeverIban, DateOnly Uitvoerdatum,
    IReadOnlyList<Sepaoverschrijving> Overschrijvingen)
{
    public Bedrag Totaal => Overschrijvingen.Aggregate(Bedrag.Nul, (som, o) => som + o.Bedrag);
}

/// <summary>
/// A payment batch as an ISO 20022 SEPA credit transfer initiation (pain.001.001.03, the version Dutch banks accept
/// under the EPC implementation guidelines): one payment information block with batch booking, service level SEPA,
/// charges shared (SLEV), one transfer per payment (a subsidy's voorschot, a declaratie) with the end-to-end reference and the unstructured remittance.
/// Texts are reduced to the SEPA character set (Latin letters, digits and / - ? : ( ) . , ' + space) and their lengths.
/// </summary>
public static class Pain001Bestand
{
    public static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    public const string ContentType = "application/xml";

    public static byte[] Schrijf(Sepabatch opdracht, DateTimeOffset aangemaakt)
    {
        var aantal = opdracht.Overschrijvingen.Count.ToString(CultureInfo.InvariantCulture);
        var totaal = Euro(opdracht.Totaal);
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Ns + "Document",
                new XElement(Ns + "CstmrCdtTrfInitn",
                    new XElement(Ns + "GrpHdr",
                        new XElement(Ns + "MsgId", opdracht.Berichtkenmerk),
                        new XElement(Ns + "CreDtTm", aangemaakt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
                        new XElement(Ns + "NbOfTxs", aantal),
                        new XElement(Ns + "CtrlSum", totaal),
                        new XElement(Ns + "InitgPty", new XElement(Ns + "Nm", Sepa(opdracht.Opdrachtgever, 70)))),
                    new XElement(Ns + "PmtInf",
                        new XElement(Ns + "PmtInfId", opdracht.Berichtkenmerk),
                        new XElement(Ns + "PmtMtd", "TRF"),
                        new XElement(Ns + "BtchBookg", "true"),
                        new XElement(Ns + "NbOfTxs", aantal),
                        new XElement(Ns + "CtrlSum", totaal),
                        new XElement(Ns + "PmtTpInf", new XElement(Ns + "SvcLvl", new XElement(Ns + "Cd", "SEPA"))),
                        new XElement(Ns + "ReqdExctnDt", opdracht.Uitvoerdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        new XElement(Ns + "Dbtr", new XElement(Ns + "Nm", Sepa(opdracht.Opdrachtgever, 70))),
                        new XElement(Ns + "DbtrAcct", new XElement(Ns + "Id", new XElement(Ns + "IBAN", opdracht.OpdrachtgeverIban))),
                        // Within SEPA the bank finds the BIC from the IBAN; the EPC guidelines ask for this placeholder then.
                        new XElement(Ns + "DbtrAgt", new XElement(Ns + "FinInstnId", new XElement(Ns + "Othr", new XElement(Ns + "Id", "NOTPROVIDED")))),
                        new XElement(Ns + "ChrgBr", "SLEV"),
                        opdracht.Overschrijvingen.Select(Transactie)))));
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static XElement Transactie(Sepaoverschrijving regel) =>
        new(Ns + "CdtTrfTxInf",
            new XElement(Ns + "PmtId", new XElement(Ns + "EndToEndId", Sepa(regel.EindTotEindKenmerk, 35))),
            new XElement(Ns + "Amt", new XElement(Ns + "InstdAmt", new XAttribute("Ccy", "EUR"), Euro(regel.Bedrag))),
            new XElement(Ns + "Cdtr", new XElement(Ns + "Nm", Sepa(regel.Begunstigde, 70))),
            new XElement(Ns + "CdtrAcct", new XElement(Ns + "Id", new XElement(Ns + "IBAN", regel.Iban))),
            new XElement(Ns + "RmtInf", new XElement(Ns + "Ustrd", Sepa(regel.Omschrijving, 140))));

    private static string Euro(Bedrag bedrag) => (bedrag.Eurocent / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Letters that no accent-stripping turns into Latin ones.</summary>
    private static readonly (string Teken, string Als)[] Uitschrijvingen =
        [("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("&", "+")];

    /// <summary>Accents dropped (é → e), ß, æ, œ, ø and ł written out, any other character outside the SEPA set a space; trimmed to <paramref name="lengte"/>.</summary>
    public static string Sepa(string tekst, int lengte)
    {
        var uitgeschreven = Uitschrijvingen.Aggregate(tekst, (t, u) => t.Replace(u.Teken, u.Als, StringComparison.Ordinal)).Normalize(NormalizationForm.FormD);
        var sepa = new StringBuilder(uitgeschreven.Length);
        foreach (var teken in uitgeschreven)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
                continue;
            sepa.Append(char.IsAsciiLetterOrDigit(teken) || "/-?:().,'+ ".Contains(teken) ? teken : ' ');
        }
        var schoon = string.Join(' ', sepa.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return schoon.Length <= lengte ? schoon : schoon[..lengte].TrimEnd();
    }
}
