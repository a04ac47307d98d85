using System.Text;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Subsidieregister.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Infrastructure.Csv;
using Sylvan.Data.Csv;

namespace Gemeenschapskracht.UnitTests;

/// <summary>The register's CSV (RFC 4180, UTF-8 with BOM, formulas defused) and how a recipient is named in the open data.</summary>
public sealed class SubsidieregisterCsvTests
{
    private static readonly Uitgever Amsterdam = new("GM0363", "Amsterdam");
    private static readonly Guid Host = Guid.Parse("0192f000-0000-7000-8000-00000000000a");

    private static string Schrijf(params IReadOnlyList<CsvCell>[] rijen)
    {
        var bytes = new SylvanCsvWriter().Write(["Identifier", "Title"], rijen);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Fact]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled_records_end_in_crlf()
    {
        var csv = Schrijf(
            [CsvCell.Raw("360G-GM0363-SUB-1"), CsvCell.Text("Koken, eten")],
            [CsvCell.Raw("360G-GM0363-SUB-2"), CsvCell.Text("De \"kookclub\"\nop woensdag")],
            [CsvCell.Raw("360G-GM0363-SUB-3"), CsvCell.Text("Energiecoöperatie")]);

        Assert.Equal("Identifier,Title\r\n360G-GM0363-SUB-1,\"Koken, eten\"\r\n360G-GM0363-SUB-2,\"De \"\"kookclub\"\"\nop woensdag\"\r\n360G-GM0363-SUB-3,Energiecoöperatie\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+31 20 123")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_text_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string tekst)
    {
        var csv = Schrijf([CsvCell.Raw("-1"), CsvCell.Text(tekst)]);

        using var reader = CsvDataReader.Create(new StringReader(csv));
        Assert.True(reader.Read());
        Assert.Equal("-1", reader.GetString(0));
        Assert.Equal("'" + tekst, reader.GetString(1));
    }

    [Fact]
    public void An_empty_cell_stays_empty_and_a_row_of_the_wrong_width_is_refused()
    {
        Assert.Equal("Identifier,Title\r\nx,\r\n", Schrijf([CsvCell.Raw("x"), CsvCell.Text(null)]));
        Assert.Throws<ArgumentException>(() => Schrijf([CsvCell.Raw("x")]));
    }

    [Fact]
    public void Personal_data_of_informal_groups_is_never_published_a_group_is_named_by_its_group_name_only()
    {
        var groep = SubsidieregisterQueries.Ontvanger(Amsterdam, Host, "Stichting Host", "87654321", " Buurtgroep Portiek 12 ");

        Assert.Equal("Buurtgroep Portiek 12", groep.Name);
        Assert.Equal($"360G-GM0363-ORG-{Host:N}-buurtgroep-portiek-12", groep.Id);
        Assert.DoesNotContain("87654321", groep.Id, StringComparison.Ordinal);
        Assert.Equal(groep, SubsidieregisterQueries.Ontvanger(Amsterdam, Host, "Stichting Host", "87654321", "Buurtgroep Portiek 12"));
    }

    [Fact]
    public void An_organisation_in_the_handelsregister_is_identified_by_its_kvk_number_another_by_the_gemeentes_own_identifier()
    {
        Assert.Equal(new("NL-KVK-12345678", "Stichting Buurtwerk"), SubsidieregisterQueries.Ontvanger(Amsterdam, Host, "Stichting Buurtwerk", "12345678", null));
        Assert.Equal(new($"360G-GM0363-ORG-{Host:N}", "Bewonersgroep Hofje"), SubsidieregisterQueries.Ontvanger(Amsterdam, Host, "Bewonersgroep Hofje", null, null));
    }

    [Fact]
    public void Amounts_are_euros_with_two_decimals()
    {
        Assert.Equal("4000.00", SubsidieregisterQueries.Euro(new Bedrag(4_000_00)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1234.50", SubsidieregisterQueries.Euro(new Bedrag(1_234_50)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
