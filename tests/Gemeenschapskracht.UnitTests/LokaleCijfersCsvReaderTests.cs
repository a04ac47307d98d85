using System.Text;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.LokaleCijfers;

namespace Gemeenschapskracht.UnitTests;

public sealed class LokaleCijfersCsvReaderTests
{
    private static IReadOnlyList<LokaleCijferRegel> Lees(string csv) => new LokaleCijfersCsvReader().Read(Encoding.UTF8.GetBytes(csv));

    [Fact]
    public void Reads_a_semicolon_file_with_the_line_number_of_each_figure()
    {
        var regels = Lees("""
            maatstaf;gebiedscode;waarde;bron;jaar
            Vrijwilligers; wk036300 ;412;Buurtteams Amsterdam;2024
            Buurthuizen;WK036301;3;Gemeente Amsterdam;2025
            """);

        Assert.Equal(
        [
            new LokaleCijferRegel(2, "Vrijwilligers", "WK036300", 412m, "Buurtteams Amsterdam", 2024, null),
            new LokaleCijferRegel(3, "Buurthuizen", "WK036301", 3m, "Gemeente Amsterdam", 2025, null),
        ], regels);
    }

    [Fact]
    public void Reads_a_comma_file_with_a_decimal_point()
    {
        var regels = Lees("""
            maatstaf,gebiedscode,waarde,bron,jaar
            Tevredenheid,WK036300,7.4,Wijkpeiling,2024
            Tevredenheid,WK036301,"6,9",Wijkpeiling,2024
            """);

        Assert.Equal([7.4m, 6.9m], regels.Select(r => r.Waarde));
        Assert.All(regels, r => Assert.Null(r.Fout));
    }

    [Fact]
    public void A_decimal_comma_is_read_in_a_semicolon_file()
    {
        var regel = Assert.Single(Lees("maatstaf;gebiedscode;waarde;bron;jaar\nTevredenheid;WK036300;-12,5;Wijkpeiling;2024\n"));

        Assert.Equal(-12.5m, regel.Waarde);
    }

    [Fact]
    public void An_empty_value_is_unknown_not_zero()
    {
        var regel = Assert.Single(Lees("maatstaf;gebiedscode;waarde;bron;jaar\nVrijwilligers;WK036300;;Buurtteams;2024\n"));

        Assert.Null(regel.Waarde);
        Assert.Null(regel.Fout);
    }

    [Fact]
    public void The_header_names_the_columns_in_any_case_and_order()
    {
        var regel = Assert.Single(Lees("JAAR;Bron;Waarde;GebiedsCode;Maatstaf\n2024;Buurtteams;412;WK036300;Vrijwilligers\n"));

        Assert.Equal(new LokaleCijferRegel(2, "Vrijwilligers", "WK036300", 412m, "Buurtteams", 2024, null), regel);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var bestand = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("maatstaf;gebiedscode;waarde;bron;jaar\nVrijwilligers;WK036300;412;Buurtteams;2024\n")).ToArray();

        var regel = Assert.Single(new LokaleCijfersCsvReader().Read(bestand));

        Assert.Null(regel.Fout);
        Assert.Equal("Vrijwilligers", regel.Maatstaf);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_one_error_on_line_1()
    {
        var bestand = Encoding.Latin1.GetBytes("maatstaf;gebiedscode;waarde;bron;jaar\nTevredenheid;WK036300;7;Wijkpeiling Oost-Zuid ë;2024\n");

        var regel = Assert.Single(new LokaleCijfersCsvReader().Read(bestand));

        Assert.Equal(1, regel.Regel);
        Assert.Contains("UTF-8", regel.Fout);
    }

    [Fact]
    public void A_header_without_a_column_is_one_error_on_line_1_naming_it()
    {
        var regel = Assert.Single(Lees("maatstaf;gebiedscode;waarde;jaar\nVrijwilligers;WK036300;412;2024\n"));

        Assert.Equal(1, regel.Regel);
        Assert.Contains("bron", regel.Fout);
    }

    [Fact]
    public void A_bad_number_or_year_is_an_error_on_its_own_line()
    {
        var regels = Lees("""
            maatstaf;gebiedscode;waarde;bron;jaar
            Vrijwilligers;WK036300;412;Buurtteams;2024
            Vrijwilligers;WK036301;veel;Buurtteams;2024
            Vrijwilligers;WK036302;12;Buurtteams;twintig
            Vrijwilligers;WK036303;12;Buurtteams;1850
            Vrijwilligers;WK036304;1e5;Buurtteams;2024
            ;WK036305;12;Buurtteams;2024
            """);

        Assert.Equal([2, 3, 4, 5, 6, 7], regels.Select(r => r.Regel));
        Assert.Null(regels[0].Fout);
        Assert.Contains("'veel' is geen getal", regels[1].Fout);
        Assert.Contains("'twintig' is geen jaar", regels[2].Fout);
        Assert.Contains("'1850' is geen jaar", regels[3].Fout);
        Assert.Contains("'1e5' is geen getal", regels[4].Fout);
        Assert.Contains("maatstaf", regels[5].Fout);
    }

    [Fact]
    public void A_measure_fits_its_column_with_the_local_prefix()
    {
        var regels = Lees($"maatstaf;gebiedscode;waarde;bron;jaar\n{new string('m', 93)};WK036300;1;Buurtteams;2024\n{new string('m', 94)};WK036300;1;Buurtteams;2024\n");

        Assert.Null(regels[0].Fout);
        Assert.Contains("93", regels[1].Fout);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n")]
    [InlineData("maatstaf;gebiedscode;waarde;bron;jaar\n")]
    public void A_file_without_figures_has_no_lines(string csv)
    {
        Assert.Empty(Lees(csv));
    }
}
