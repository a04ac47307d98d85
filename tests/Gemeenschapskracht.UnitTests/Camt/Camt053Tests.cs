using System.Text;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Camt;

/// <summary>Reading a CAMT.053 bank statement (ISO 20022 BankToCustomerStatement, .001.02 and .001.08); anything else is a clear Dutch refusal.</summary>
public sealed class Camt053Tests
{
    private static readonly DateOnly Van = new(2027, 1, 1);
    private static readonly DateOnly Tot = new(2027, 1, 31);

    private static readonly Regel[] Regels =
    [
        new(new DateOnly(2027, 1, 5), 250_00, true, "Buurtwinkel De Hoek", "Gift voor de buurtdag", "E2E-GIFT-1", "NL02RABO0123456789"),
        new(new DateOnly(2027, 1, 6), 120_00, false, "Stichting Buurthuis", "Huur januari", null, "nl44 rabo 0123 4567 89"),
    ];

    [Theory]
    [InlineData(Camt053Voorbeeld.Ns02)]
    [InlineData(Camt053Voorbeeld.Ns08)]
    public void A_camt_053_statement_gives_its_account_period_balances_and_booked_lines(string ns)
    {
        var afschrift = Camt053.Lees(Camt053Voorbeeld.Bytes(Camt053Voorbeeld.Xml("2027-01", Van, Tot, 500_00, Regels, ns)));

        Assert.Equal(("2027-01", "NL91ABNA0417164300", Van, Tot, new Bedrag(500_00), new Bedrag(630_00)),
            (afschrift.AfschriftId, afschrift.Iban, afschrift.Van, afschrift.Tot, afschrift.Beginsaldo, afschrift.Eindsaldo));
        Assert.Equal(2, afschrift.Boekingen.Count);
        var gift = afschrift.Boekingen[0];
        Assert.Equal((new DateOnly(2027, 1, 5), new Bedrag(250_00), Mutatierichting.Bijschrijving, "Buurtwinkel De Hoek", "NL02RABO0123456789", "Gift voor de buurtdag", "E2E-GIFT-1"),
            (gift.Boekdatum, gift.Bedrag, gift.Richting, gift.TegenpartijNaam, gift.TegenpartijIban, gift.Omschrijving, gift.EndToEndId));
        var huur = afschrift.Boekingen[1];
        Assert.Equal((Mutatierichting.Afschrijving, "Stichting Buurthuis", "NL44RABO0123456789", null),
            (huur.Richting, huur.TegenpartijNaam, huur.TegenpartijIban, huur.EndToEndId));
    }

    [Fact]
    public void A_pending_line_is_not_read_only_booked_ones_are()
    {
        var xml = Camt053Voorbeeld.Xml("2027-01", Van, Tot, 500_00, Regels).Replace("<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>");
        var afschrift = Camt053.Lees(Camt053Voorbeeld.Bytes(xml));
        Assert.Empty(afschrift.Boekingen);
    }

    [Fact]
    public void A_file_that_is_not_well_formed_xml_is_refused_in_dutch()
    {
        var fout = Assert.Throws<DomainException>(() => Camt053.Lees(Encoding.UTF8.GetBytes("<Document><BkToCstmrStmt>")));
        Assert.StartsWith("Het bankafschrift is geen geldig CAMT.053-bestand: het is geen goedgevormde XML", fout.Message);
    }

    [Theory]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.052.001.02")]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03")]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.053.001.09")]
    public void A_file_in_another_namespace_is_not_a_camt_053_statement(string ns)
    {
        var fout = Assert.Throws<DomainException>(() => Camt053.Lees(Camt053Voorbeeld.Bytes(Camt053Voorbeeld.Xml("2027-01", Van, Tot, 500_00, Regels, ns))));
        Assert.Contains("geen camt.053-bericht", fout.Message);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_expanded()
    {
        var xml = Camt053Voorbeeld.Xml("2027-01", Van, Tot, 500_00, Regels)
            .Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\">]>");
        var fout = Assert.Throws<DomainException>(() => Camt053.Lees(Camt053Voorbeeld.Bytes(xml)));
        Assert.StartsWith(Camt053.Voorvoegsel + "het bevat een DOCTYPE", fout.Message);
    }

    [Theory]
    [InlineData("<Id>2027-01</Id>", "", "Stmt/Id")]
    [InlineData("<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>", "", "Acct/Id/IBAN")]
    [InlineData("<Cd>CLBD</Cd>", "<Cd>XXXX</Cd>", "eindsaldo")]
    [InlineData("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>X</CdtDbtInd>", "CdtDbtInd")]
    [InlineData("<Amt Ccy=\"EUR\">120.00</Amt>", "<Amt Ccy=\"EUR\">12,0</Amt>", "bedrag")]
    [InlineData("<Amt Ccy=\"EUR\">120.00</Amt>", "<Amt Ccy=\"USD\">120.00</Amt>", "euro")]
    [InlineData("<BookgDt><Dt>2027-01-06</Dt></BookgDt>", "", "BookgDt")]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164301", "IBAN")]
    public void A_statement_without_a_required_element_is_refused_naming_it(string wat, string door, string genoemd)
    {
        var xml = Camt053Voorbeeld.Xml("2027-01", Van, Tot, 500_00, Regels);
        Assert.Contains(wat, xml);
        var fout = Assert.Throws<DomainException>(() => Camt053.Lees(Camt053Voorbeeld.Bytes(xml.Replace(wat, door))));
        Assert.StartsWith(Camt053.Voorvoegsel, fout.Message);
        Assert.Contains(genoemd, fout.Message);
    }

    [Fact]
    public void A_file_larger_than_5_mb_is_refused()
    {
        var fout = Assert.Throws<DomainException>(() => Camt053.Lees(new byte[Camt053.MaxBytes + 1]));
        Assert.Contains("groter dan 5 MB", fout.Message);
    }
}
