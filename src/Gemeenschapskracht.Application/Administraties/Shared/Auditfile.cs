using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>
/// One year of an administratie as an XML Auditfile Financieel 3.2 (XAF, the Dutch auditfile an accountant's software
/// reads): the chart with each account's RGS code as its leadReference, the twelve months, the opening balance of the
/// year (the balance accounts on 1 January, the result of earlier years added to the general reserve) and every entry of
/// the year as a transaction in one memorial journal (ADR 0027).
/// </summary>
public static class Auditfile
{
    public static readonly XNamespace Ns = "http://www.auditfiles.nl/XAF/3.2";

    public const string Software = "Gemeenschapskracht";

    public const string Versie = "1.0";

    public static byte[] Schrijf(Administratie administratie, string groepnaam, int jaar, IReadOnlyList<Journaalpost> posten, DateOnly vandaag)
    {
        var begin = new DateOnly(jaar, 1, 1);
        var einde = new DateOnly(jaar, 12, 31);
        var transacties = posten.Where(p => p.Soort != JournaalpostSoort.Openingsbalans && p.Boekdatum >= begin && p.Boekdatum <= einde)
            .OrderBy(p => p.Nummer).ToList();
        var regels = transacties.SelectMany(p => p.Regels).ToList();
        var company = new XElement(Ns + "company",
            new XElement(Ns + "companyName", groepnaam),
            new XElement(Ns + "taxRegistrationCountry", "NL"),
            new XElement(Ns + "taxRegIdent", ""),
            new XElement(Ns + "generalLedger", administratie.Rekeningen.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r =>
                new XElement(Ns + "ledgerAccount",
                    new XElement(Ns + "accID", r.Code),
                    new XElement(Ns + "accDesc", r.Omschrijving),
                    new XElement(Ns + "accTp", r.IsBalansrekening ? "B" : "P"),
                    new XElement(Ns + "leadReference", r.RgsCode)))),
            new XElement(Ns + "periods", Enumerable.Range(1, 12).Select(m =>
                new XElement(Ns + "period",
                    new XElement(Ns + "periodNumber", m),
                    new XElement(Ns + "periodDesc", $"{jaar:0000}-{m:00}"),
                    new XElement(Ns + "startDatePeriod", Iso(new DateOnly(jaar, m, 1))),
                    new XElement(Ns + "endDatePeriod", Iso(new DateOnly(jaar, m, 1).AddMonths(1).AddDays(-1)))))));
        if (Opening(administratie, posten, begin) is { } opening)
            company.Add(opening);
        company.Add(new XElement(Ns + "transactions",
            new XElement(Ns + "linesCount", regels.Count),
            new XElement(Ns + "totalDebit", Bedragtekst(regels.Aggregate(Bedrag.Nul, (s, r) => s + r.Debet))),
            new XElement(Ns + "totalCredit", Bedragtekst(regels.Aggregate(Bedrag.Nul, (s, r) => s + r.Credit))),
            new XElement(Ns + "journal",
                new XElement(Ns + "jrnID", "MEM"),
                new XElement(Ns + "desc", "Memoriaal"),
                new XElement(Ns + "jrnTp", "G"),
                transacties.Select(p => new XElement(Ns + "transaction",
                    new XElement(Ns + "nr", p.Nummer),
                    new XElement(Ns + "desc", p.Omschrijving),
                    new XElement(Ns + "periodNumber", p.Boekdatum.Month),
                    new XElement(Ns + "trDt", Iso(p.Boekdatum)),
                    p.Regels.Select((r, i) => new XElement(Ns + "trLine",
                        new XElement(Ns + "nr", i + 1),
                        new XElement(Ns + "accID", r.Rekening),
                        new XElement(Ns + "docRef", $"JP{p.Nummer}"),
                        new XElement(Ns + "effDate", Iso(p.Boekdatum)),
                        new XElement(Ns + "desc", p.Omschrijving),
                        new XElement(Ns + "amnt", Bedragtekst(r.Debet > Bedrag.Nul ? r.Debet : r.Credit)),
                        new XElement(Ns + "amntTp", r.Debet > Bedrag.Nul ? "D" : "C"))))))));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Ns + "auditfile",
                new XElement(Ns + "header",
                    new XElement(Ns + "fiscalYear", jaar),
                    new XElement(Ns + "startDate", Iso(begin)),
                    new XElement(Ns + "endDate", Iso(einde)),
                    new XElement(Ns + "curCode", "EUR"),
                    new XElement(Ns + "dateCreated", Iso(vandaag)),
                    new XElement(Ns + "softwareDesc", Software),
                    new XElement(Ns + "softwareVersion", Versie)),
                company));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            document.Save(writer);
        return stream.ToArray();
    }

    /// <summary>
    /// The balance on 1 January: the opening balance entry when it falls in the year, plus everything booked before it;
    /// the result of earlier years goes to the general reserve. None when the administratie had nothing before the year.
    /// </summary>
    private static XElement? Opening(Administratie administratie, IReadOnlyList<Journaalpost> posten, DateOnly begin)
    {
        var eerder = posten.Where(p => p.Boekdatum < begin || p.Soort == JournaalpostSoort.Openingsbalans && p.Boekdatum.Year == begin.Year).ToList();
        if (eerder.Count == 0)
            return null;
        var totalen = Grootboek.PerRekening(eerder);
        var saldi = new Dictionary<string, long>();
        foreach (var (code, t) in totalen)
        {
            var rekening = administratie.Rekening(code);
            var sleutel = rekening is { IsBalansrekening: true } ? code : Rekeningschema.AlgemeneReserve;
            saldi[sleutel] = saldi.GetValueOrDefault(sleutel) + (t.Debet - t.Credit).Eurocent;
        }
        var lijnen = saldi.Where(s => s.Value != 0).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        return new XElement(Ns + "openingBalance",
            new XElement(Ns + "opBalDate", Iso(begin)),
            new XElement(Ns + "opBalDesc", "Beginbalans"),
            new XElement(Ns + "linesCount", lijnen.Count),
            new XElement(Ns + "totalDebit", Bedragtekst(new Bedrag(lijnen.Where(l => l.Value > 0).Sum(l => l.Value)))),
            new XElement(Ns + "totalCredit", Bedragtekst(new Bedrag(-lijnen.Where(l => l.Value < 0).Sum(l => l.Value)))),
            lijnen.Select((l, i) => new XElement(Ns + "obLine",
                new XElement(Ns + "nr", i + 1),
                new XElement(Ns + "accID", l.Key),
                new XElement(Ns + "amnt", Bedragtekst(new Bedrag(Math.Abs(l.Value)))),
                new XElement(Ns + "amntTp", l.Value > 0 ? "D" : "C"))));
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Bedragtekst(Bedrag bedrag) => bedrag.Euro.ToString("0.00", CultureInfo.InvariantCulture);
}
