using System.Xml.Linq;
using System.Xml.Schema;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Xaf;

/// <summary>The accountant's export: a year as an XML Auditfile Financieel 3.2, checked against the published schema, and the chart's RGS codes.</summary>
public sealed class AuditfileTests
{
    private static readonly DateTimeOffset Nu = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);

    private static readonly XNamespace Ns = Auditfile.Ns;

    private static Journaalregel D(string rekening, long cent) => new(rekening, new Bedrag(cent), Bedrag.Nul);

    private static Journaalregel C(string rekening, long cent) => new(rekening, Bedrag.Nul, new Bedrag(cent));

    private static (Administratie, List<Journaalpost>) Boeken(DateOnly start)
    {
        var welzijn = new Organisatie("Stichting Welzijn Oost", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Stichting, "90000001", Nu);
        var host = new Hostorganisatie(welzijn, "Wij voeren de boeken.", true, [], Nu);
        var groep = new Organisatie("Buurtgroep Portiek & Co", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, Nu);
        var administratie = new Administratie(host, groep, start, Nu);
        var posten = new List<Journaalpost>
        {
            administratie.BoekOpening([D(Bank, 500_00), C(AlgemeneReserve, 500_00)], "Boekhouder", Nu),
        };
        posten.Add(administratie.Boek(new DateOnly(2026, 11, 3), "Gift buurman", [D(Bank, 25_00), C(Giften, 25_00)], null, "Boekhouder", Nu));
        posten.Add(administratie.Boek(new DateOnly(2027, 2, 3), "Huur buurthuis <februari>", [D(Huisvesting, 120_50), C(Bank, 120_50)], null, "Boekhouder", Nu));
        posten.Add(administratie.Boek(new DateOnly(2027, 3, 9), "Koffie en thee", [D(Activiteiten, 12_34), C(Kas, 12_34), D(Kas, 20_00), C(Bank, 20_00)], null, "Boekhouder", Nu));
        return (administratie, posten);
    }

    private static XDocument Auditbestand(DateOnly start, int jaar)
    {
        var (administratie, posten) = Boeken(start);
        return XDocument.Load(new MemoryStream(Auditfile.Schrijf(administratie, "Buurtgroep Portiek & Co", jaar, posten, new DateOnly(2027, 4, 15))));
    }

    private static List<string> Fouten(XDocument document)
    {
        var schema = new XmlSchemaSet();
        schema.Add(Ns.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Xaf", "XmlAuditfileFinancieel3.2.xsd"));
        var fouten = new List<string>();
        document.Validate(schema, (_, e) => fouten.Add(e.Message));
        return fouten;
    }

    [Fact]
    public void The_auditfile_of_a_year_validates_against_the_XAF_3_2_schema()
    {
        Assert.Empty(Fouten(Auditbestand(new DateOnly(2026, 10, 1), 2027)));
        Assert.Empty(Fouten(Auditbestand(new DateOnly(2026, 10, 1), 2026)));
    }

    [Fact]
    public void The_auditfile_has_the_header_the_chart_with_RGS_lead_references_and_every_entry_of_the_year()
    {
        var document = Auditbestand(new DateOnly(2026, 10, 1), 2027);
        var kop = document.Root!.Element(Ns + "header")!;
        var bedrijf = document.Root!.Element(Ns + "company")!;
        var rekeningen = bedrijf.Element(Ns + "generalLedger")!.Elements(Ns + "ledgerAccount").ToList();
        var transacties = bedrijf.Element(Ns + "transactions")!;

        Assert.Equal("2027", kop.Element(Ns + "fiscalYear")!.Value);
        Assert.Equal("2027-01-01", kop.Element(Ns + "startDate")!.Value);
        Assert.Equal("EUR", kop.Element(Ns + "curCode")!.Value);
        Assert.Equal("Buurtgroep Portiek & Co", bedrijf.Element(Ns + "companyName")!.Value);
        Assert.Equal("NL", bedrijf.Element(Ns + "taxRegistrationCountry")!.Value);
        Assert.Equal(Standaard.Count, rekeningen.Count);
        var bank = rekeningen.Single(r => r.Element(Ns + "accID")!.Value == Bank);
        Assert.Equal("B", bank.Element(Ns + "accTp")!.Value);
        Assert.Equal("BLimBanRba", bank.Element(Ns + "leadReference")!.Value);
        Assert.Equal("P", rekeningen.Single(r => r.Element(Ns + "accID")!.Value == Huisvesting).Element(Ns + "accTp")!.Value);
        Assert.Equal(["3", "4"], transacties.Descendants(Ns + "transaction").Select(t => t.Element(Ns + "nr")!.Value));
        Assert.Equal("6", transacties.Element(Ns + "linesCount")!.Value);
        Assert.Equal("152.84", transacties.Element(Ns + "totalDebit")!.Value);
        Assert.Equal("152.84", transacties.Element(Ns + "totalCredit")!.Value);
        var huur = transacties.Descendants(Ns + "transaction").First().Elements(Ns + "trLine").ToList();
        Assert.Equal(["D", "C"], huur.Select(l => l.Element(Ns + "amntTp")!.Value));
        Assert.Equal("120.50", huur[0].Element(Ns + "amnt")!.Value);
        Assert.Equal("2", transacties.Descendants(Ns + "transaction").First().Element(Ns + "periodNumber")!.Value);
    }

    [Fact]
    public void The_opening_balance_of_a_later_year_carries_the_balance_accounts_and_puts_earlier_results_in_the_reserve()
    {
        var opening = Auditbestand(new DateOnly(2026, 10, 1), 2027).Root!.Element(Ns + "company")!.Element(Ns + "openingBalance")!;
        var lijnen = opening.Elements(Ns + "obLine").ToDictionary(l => l.Element(Ns + "accID")!.Value,
            l => (l.Element(Ns + "amnt")!.Value, l.Element(Ns + "amntTp")!.Value));

        Assert.Equal("2027-01-01", opening.Element(Ns + "opBalDate")!.Value);
        Assert.Equal(("525.00", "C"), lijnen[AlgemeneReserve]);
        Assert.Equal(("525.00", "D"), lijnen[Bank]);
        Assert.Equal(2, lijnen.Count);
        Assert.Equal(opening.Element(Ns + "totalDebit")!.Value, opening.Element(Ns + "totalCredit")!.Value);
    }

    [Fact]
    public void A_year_before_anything_was_booked_has_no_opening_balance()
    {
        var bedrijf = Auditbestand(new DateOnly(2026, 10, 1), 2025).Root!.Element(Ns + "company")!;

        Assert.Null(bedrijf.Element(Ns + "openingBalance"));
        Assert.Empty(Fouten(bedrijf.Document!));
    }

    [Fact]
    public void Every_RGS_code_of_the_standard_chart_is_in_the_RGS_reference_list()
    {
        var lijst = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Xaf", "rgs-referentiecodes.txt"))
            .Where(r => !r.StartsWith('#') && r.Length > 0).Select(r => r.Split(';')[0]).ToHashSet();

        Assert.All(Standaard, r => Assert.Contains(r.RgsCode, lijst));
    }
}
