using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

/// <summary>G-4: where a host keeps the group's books, the financial part of a subsidy's report is generated from them (ADR 0028).</summary>
public sealed class FinancieleVerantwoordingTests
{
    /// <summary>After the subsidy's period (January to June 2027), when the report is made.</summary>
    private static readonly DateTimeOffset Augustus2027 = new(2027, 8, 10, 10, 0, 0, TimeSpan.Zero);

    private static Journaalregel D(string rekening, long cent) => new(rekening, new Bedrag(cent), Bedrag.Nul);

    private static Journaalregel C(string rekening, long cent) => new(rekening, Bedrag.Nul, new Bedrag(cent));

    /// <summary>A group's books over 2027 with a subsidy of €40,000 granted for January to June, half of it received in July.</summary>
    private static (Administratie Administratie, List<Journaalpost> Posten, Beschikking Beschikking) Boeken(Verantwoordingskader? kader = null)
    {
        var (_, beschikking) = VaststellingTests.Verleend(40_000_00, kader);
        var administratie = new Administratie(AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), Augustus2027);
        var posten = new List<Journaalpost> { administratie.BoekOpening([D(Bank, 5_000_00), C(AlgemeneReserve, 5_000_00)], "B", Augustus2027) };
        Journaalpost Boek(int maand, int dag, string omschrijving, Journaalregel[] regels, Guid? beschikkingId = null)
        {
            var post = administratie.Boek(new DateOnly(2027, maand, dag), omschrijving, regels, beschikkingId, "B", Augustus2027);
            posten.Add(post);
            return post;
        }

        foreach (var maand in new[] { 2, 3, 4 })
            Boek(maand, 1, "Huur", [D(Huisvesting, 1_000_00), C(Bank, 1_000_00)]);
        Boek(3, 10, "Materialen", [D(Rekeningschema.Activiteiten, 500_00), C(Bank, 500_00)]);
        var fout = Boek(3, 12, "Bus", [D(Rekeningschema.Activiteiten, 80_00), C(Bank, 80_00)]);
        posten.Add(administratie.BoekTegen(fout, false, new DateOnly(2027, 3, 13), "Vervoer, geen activiteit", "B", Augustus2027));
        Boek(3, 13, "Bus", [D(Vervoer, 80_00), C(Bank, 80_00)]);
        Boek(5, 20, "Gift van de buurtwinkel", [D(Bank, 250_00), C(Giften, 250_00)]);
        // After the period: not this subsidy's costs.
        Boek(7, 1, "Huur juli", [D(Huisvesting, 1_000_00), C(Bank, 1_000_00)]);
        // In the period, but another beschikking's subsidy: that one's report.
        Boek(4, 2, "Andere subsidie", [D(Bank, 700_00), C(Rekeningschema.Subsidies, 700_00)], Guid.NewGuid());
        // Received after the period, under this beschikking: it counts.
        Boek(7, 5, "Subsidie ontvangen", [D(Bank, 20_000_00), C(Rekeningschema.Subsidies, 20_000_00)], beschikking.Id);
        return (administratie, posten, beschikking);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    public void G4_the_financial_part_comes_from_the_ledger()
    {
        var (administratie, posten, beschikking) = Boeken();

        var financieel = FinancieleVerantwoording.Uit(administratie, "Stichting Welzijn Oost", beschikking, posten, Augustus2027);

        Assert.Equal((beschikking.Van, beschikking.Tot, "Stichting Welzijn Oost"), (financieel.Van, financieel.Tot, financieel.Host));
        (string, long?, long, long?, decimal?)[] verwacht =
        [
            (Rekeningschema.Subsidies, 40_000_00, 20_000_00L, -20_000_00, 50.0m),
            (Giften, null, 250_00L, null, null),
            (Huisvesting, null, 3_000_00L, null, null),
            (Rekeningschema.Activiteiten, null, 500_00L, null, null),
            (Vervoer, null, 80_00L, null, null),
        ];
        Assert.Equal(verwacht, financieel.Regels.Select(r => (r.Rekening, r.Begroot?.Eurocent, r.Gerealiseerd.Eurocent, r.Verschil?.Eurocent, r.Percentage)).ToArray());
        Assert.Contains(beschikking.Kenmerk, financieel.Regels[0].Omschrijving);
        Assert.Equal(20_250_00, financieel.TotaalBaten.Gerealiseerd.Eurocent);
        // The costs against the granted amount: €3,580 of €40,000 is 9.0 % (8.95 rounded away from zero).
        Assert.Equal((40_000_00L, 3_580_00L, -36_420_00L, 9.0m),
            (financieel.TotaalLasten.Begroot!.Value.Eurocent, financieel.TotaalLasten.Gerealiseerd.Eurocent, financieel.TotaalLasten.Verschil!.Value.Eurocent,
                financieel.TotaalLasten.Percentage!.Value));
        Assert.Equal(16_670_00, financieel.Saldo.Eurocent);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    [Trait("Regel", Regelcatalogus.G10)]
    public void G4_the_financial_part_comes_from_the_ledger_so_the_report_asks_no_costs_and_keeps_the_figures_as_submitted()
    {
        var kader = new Verantwoordingskader(1, new Bedrag(1_000_00), new Bedrag(30_000_00), 10, Now);
        var (administratie, posten, beschikking) = Boeken(kader);
        Assert.Equal(Verantwoordingsniveau.VerslagEnJaarrekening, beschikking.Niveau);
        var financieel = FinancieleVerantwoording.Uit(administratie, "Stichting Welzijn Oost", beschikking, posten, Augustus2027);

        var zelfIngevuld = Assert.Throws<DomainException>(() =>
            Verantwoording.DienIn(beschikking, "Gedaan.", new Bedrag(3_000_00), "Huur en materialen.", true, Augustus2027, financieel));
        Assert.Contains("uit de administratie die Stichting Welzijn Oost", zelfIngevuld.Message);
        Assert.Throws<DomainException>(() => Verantwoording.DienIn(beschikking, "Gedaan.", null, null, false, Augustus2027, financieel));

        // No costs, no financial account: only the accountant's statement the tier asks.
        var verslag = Verantwoording.DienIn(beschikking, "De buurtkamer was open.", null, null, true, Augustus2027, financieel);
        Assert.Equal(new Bedrag(3_580_00), verslag.GerealiseerdeKosten);
        Assert.Same(financieel, verslag.UitAdministratie);

        // A booking made later does not change the report submitted.
        posten.Add(administratie.Boek(new DateOnly(2027, 6, 30), "Nagekomen rekening", [D(Rekeningschema.Activiteiten, 100_00), C(Bank, 100_00)], null, "B", Augustus2027));
        Assert.Equal(3_680_00, FinancieleVerantwoording.Uit(administratie, "Stichting Welzijn Oost", beschikking, posten, Augustus2027).TotaalLasten.Gerealiseerd.Eurocent);
        Assert.Equal(3_580_00, verslag.UitAdministratie!.TotaalLasten.Gerealiseerd.Eurocent);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    [Trait("Regel", Regelcatalogus.G10)]
    public void G4_the_financial_part_comes_from_the_ledger_below_the_highest_tier_too_without_asking_anything_more()
    {
        var (administratie, posten, beschikking) = Boeken();
        Assert.Equal(Verantwoordingsniveau.Activiteitenverslag, beschikking.Niveau);
        var financieel = FinancieleVerantwoording.Uit(administratie, "Stichting Welzijn Oost", beschikking, posten, Augustus2027);

        var verslag = Verantwoording.DienIn(beschikking, "De buurtkamer was open.", null, null, false, Augustus2027, financieel);

        Assert.Null(verslag.GerealiseerdeKosten);
        Assert.Equal(3_580_00, verslag.UitAdministratie!.TotaalLasten.Gerealiseerd.Eurocent);
        Assert.Throws<DomainException>(() => Verantwoording.DienIn(beschikking, "Gedaan.", null, null, true, Augustus2027, financieel));
    }
}
