using System.Reflection;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Administraties;

/// <summary>
/// The double-entry ledger a host keeps for a resident group (R5.2): entries balance, are never changed (a reversal
/// corrects them), the opening balance comes once, months close in order and nothing is booked into a closed one; the
/// monthly close (J8) records what blocks it; a subsidy received names its beschikking (G-4).
/// </summary>
public sealed class AdministratieTests
{
    /// <summary>The middle of April 2027 in the Netherlands.</summary>
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Start = new(2027, 1, 1);

    internal static Organisatie Welzijn() => new("Stichting Welzijn Oost", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Stichting, "90000001", April2027);

    internal static Organisatie Groep(string naam = "Buurtgroep Portiek 12", Rechtsvorm rechtsvorm = Rechtsvorm.Informeel) =>
        new(naam, OrganisatieSoort.Bewonersgroep, rechtsvorm, null, April2027);

    internal static Hostorganisatie Host() => new(Welzijn(), "Wij voeren de boeken, betalen de rekeningen en maken de jaarcijfers.", true,
        [new Hostkosten(2027, new Bedrag(12_000_00), "Een boekhouder een dag per week")], April2027);

    private static Administratie Administratie() => new(Host(), Groep(), Start, April2027);

    private static Journaalregel D(string rekening, long cent) => new(rekening, new Bedrag(cent), Bedrag.Nul);

    private static Journaalregel C(string rekening, long cent) => new(rekening, Bedrag.Nul, new Bedrag(cent));

    private static Administratie Geopend(List<Journaalpost> posten, long bank = 500_00)
    {
        var administratie = Administratie();
        posten.Add(administratie.BoekOpening([D(Bank, bank), C(AlgemeneReserve, bank)], "Boekhouder", April2027));
        return administratie;
    }

    [Fact]
    public void R5_2_an_entry_that_does_not_balance_is_refused()
    {
        var administratie = Administratie();

        var fout = Assert.Throws<DomainException>(() =>
            administratie.Boek(new DateOnly(2027, 2, 3), "Huur buurthuis", [D(Huisvesting, 100_00), C(Bank, 99_99)], null, "Boekhouder", April2027));

        Assert.Contains("niet in evenwicht", fout.Message);
        Assert.Equal((0, 0), (administratie.LaatsteNummer, administratie.Versie));
    }

    [Fact]
    public void R5_2_an_entry_has_two_lines_each_on_one_side_with_a_positive_amount_on_an_account_of_the_chart()
    {
        var administratie = Administratie();
        Journaalregel[][] fout =
        [
            [D(Huisvesting, 100_00)],
            [new Journaalregel(Huisvesting, new Bedrag(100_00), new Bedrag(100_00)), C(Bank, 0)],
            [D(Huisvesting, -100_00), C(Bank, -100_00)],
            [D("9999", 100_00), C(Bank, 100_00)],
        ];

        Assert.All(fout, regels => Assert.Throws<DomainException>(() =>
            administratie.Boek(new DateOnly(2027, 2, 3), "Huur", regels, null, "Boekhouder", April2027)));
        var goed = administratie.Boek(new DateOnly(2027, 2, 3), "Huur", [D(Huisvesting, 100_00), C(Bank, 60_00), C(Kas, 40_00)], null, "Boekhouder", April2027);
        Assert.Equal((1, 100_00L), (goed.Nummer, goed.Totaal.Eurocent));
    }

    [Fact]
    public void R5_2_a_journaalpost_has_no_way_to_be_changed_once_booked()
    {
        var type = typeof(Journaalpost);

        Assert.All(type.GetProperties(), p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{p.Name} has a public setter"));
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), m => !m.IsSpecialName);
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void R5_2_a_mistake_is_corrected_by_a_reversal_that_swaps_the_lines_and_names_the_original()
    {
        var posten = new List<Journaalpost>();
        var administratie = Geopend(posten);
        var fout = administratie.Boek(new DateOnly(2027, 2, 3), "Huur", [D(Activiteiten, 80_00), C(Bank, 80_00)], null, "Boekhouder", April2027);

        var tegen = administratie.BoekTegen(fout, false, new DateOnly(2027, 4, 15), "Op de verkeerde rekening geboekt", "Boekhouder", April2027);

        Assert.Equal((JournaalpostSoort.Tegenboeking, fout.Id, 3), (tegen.Soort, tegen.TegenboekingVanId, tegen.Nummer));
        Assert.Equal([C(Activiteiten, 80_00), D(Bank, 80_00)], tegen.Regels);
        Assert.Contains("journaalpost 2", tegen.Omschrijving);
        Assert.Equal([D(Activiteiten, 80_00), C(Bank, 80_00)], fout.Regels);
        var saldi = Grootboek.PerRekening([.. posten, fout, tegen]);
        Assert.Equal(0, saldi[Activiteiten].Saldo(administratie.Rekening(Activiteiten)!).Eurocent);
    }

    [Fact]
    public void R5_2_an_entry_is_reversed_once_and_neither_a_reversal_nor_the_opening_balance_is_reversed()
    {
        var posten = new List<Journaalpost>();
        var administratie = Geopend(posten);
        var post = administratie.Boek(new DateOnly(2027, 2, 3), "Huur", [D(Huisvesting, 80_00), C(Bank, 80_00)], null, "Boekhouder", April2027);
        var tegen = administratie.BoekTegen(post, false, new DateOnly(2027, 4, 15), "Dubbel", "Boekhouder", April2027);

        Assert.Contains("al tegengeboekt", Assert.Throws<DomainException>(() => administratie.BoekTegen(post, true, new DateOnly(2027, 4, 15), "Nog eens", "B", April2027)).Message);
        Assert.Throws<DomainException>(() => administratie.BoekTegen(tegen, false, new DateOnly(2027, 4, 15), "Terug", "B", April2027));
        Assert.Throws<DomainException>(() => administratie.BoekTegen(posten[0], false, new DateOnly(2027, 4, 15), "Opening", "B", April2027));
        Assert.Throws<DomainException>(() => administratie.BoekTegen(post, false, new DateOnly(2027, 4, 15), " ", "B", April2027));
    }

    [Fact]
    public void R5_2_the_opening_balance_is_booked_once_on_balance_accounts_on_the_start_date()
    {
        var administratie = Administratie();

        Assert.Throws<DomainException>(() => administratie.BoekOpening([D(Bank, 100_00), C(Giften, 100_00)], "B", April2027));
        var opening = administratie.BoekOpening([D(Bank, 100_00), C(AlgemeneReserve, 100_00)], "B", April2027);
        Assert.Equal((JournaalpostSoort.Openingsbalans, Start, true), (opening.Soort, opening.Boekdatum, administratie.HeeftOpeningsbalans));
        Assert.Contains("al een openingsbalans", Assert.Throws<DomainException>(() => administratie.BoekOpening([], "B", April2027)).Message);
        Assert.Empty(Administratie().BoekOpening([], "B", April2027).Regels);
    }

    [Fact]
    public void R5_2_nothing_is_booked_into_a_closed_month_before_the_start_or_in_the_future()
    {
        var posten = new List<Journaalpost>();
        var administratie = Geopend(posten);
        administratie.SluitAf(2027, 1, posten, "Boekhouder", April2027);
        Journaalregel[] regels = [D(Huisvesting, 10_00), C(Bank, 10_00)];

        var gesloten = Assert.Throws<DomainException>(() => administratie.Boek(new DateOnly(2027, 1, 20), "Huur", regels, null, "B", April2027));
        Assert.Contains("afgesloten", gesloten.Message);
        Assert.Throws<DomainException>(() => administratie.Boek(new DateOnly(2026, 12, 31), "Huur", regels, null, "B", April2027));
        Assert.Throws<DomainException>(() => administratie.Boek(new DateOnly(2027, 4, 16), "Huur", regels, null, "B", April2027));
        Assert.Equal(2, administratie.Boek(new DateOnly(2027, 2, 1), "Huur", regels, null, "B", April2027).Nummer);
    }

    [Fact]
    public void R5_2_months_close_in_order_once_they_are_over_and_only_without_blockers()
    {
        var posten = new List<Journaalpost>();
        var zonderOpening = Administratie();
        Assert.Contains("openingsbalans", Assert.Throws<DomainException>(() => zonderOpening.SluitAf(2027, 1, posten, "B", April2027)).Message);

        var administratie = Geopend(posten);
        Assert.Contains("op volgorde", Assert.Throws<DomainException>(() => administratie.SluitAf(2027, 2, posten, "B", April2027)).Message);
        Assert.Contains("nog niet voorbij", Assert.Throws<DomainException>(() => administratie.SluitAf(2027, 4, posten, "B", April2027)).Message);
        Assert.Throws<DomainException>(() => administratie.SluitAf(2026, 12, posten, "B", April2027));
        var januari = administratie.SluitAf(2027, 1, posten, "Boekhouder", April2027);
        Assert.Equal((PeriodeStatus.Afgesloten, "Boekhouder"), (januari.Status, januari.AfgeslotenDoor));
        Assert.Contains("al afgesloten", Assert.Throws<DomainException>(() => administratie.SluitAf(2027, 1, posten, "B", April2027)).Message);
        var versie = administratie.Versie;
        administratie.SluitAf(2027, 2, posten, "B", April2027);
        Assert.True(administratie.IsAfgesloten(2027, 2));
        Assert.Equal((versie + 1, 1), (administratie.Versie, administratie.LaatsteNummer));
    }

    [Fact]
    public void R5_2_cash_or_bank_below_zero_at_the_end_of_a_month_blocks_closing_it()
    {
        var posten = new List<Journaalpost>();
        var administratie = Geopend(posten, bank: 50_00);
        posten.Add(administratie.Boek(new DateOnly(2027, 1, 10), "Materialen", [D(Activiteiten, 80_00), C(Bank, 80_00)], null, "B", April2027));

        var blokkade = Assert.Single(administratie.Blokkades(2027, 1, posten));

        Assert.Equal(BlokkadeSoort.LiquideMiddelenNegatief, blokkade.Soort);
        Assert.Contains("-", blokkade.Toelichting);
        Assert.Throws<DomainException>(() => administratie.SluitAf(2027, 1, posten, "B", April2027));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    public void G4_a_subsidy_received_names_its_beschikking_or_blocks_the_close_and_nothing_else_names_one()
    {
        var posten = new List<Journaalpost>();
        var administratie = Geopend(posten);
        var beschikking = Guid.NewGuid();
        Assert.Throws<DomainException>(() =>
            administratie.Boek(new DateOnly(2027, 1, 5), "Gift", [D(Bank, 20_00), C(Giften, 20_00)], beschikking, "B", April2027));
        var zonder = administratie.Boek(new DateOnly(2027, 1, 5), "Subsidie", [D(Bank, 1_000_00), C(Rekeningschema.Subsidies, 1_000_00)], null, "B", April2027);
        posten.Add(zonder);

        Assert.Equal(BlokkadeSoort.SubsidieZonderBeschikking, Assert.Single(administratie.Blokkades(2027, 1, posten)).Soort);

        // Reversed and booked again with its beschikking, the month closes.
        posten.Add(administratie.BoekTegen(zonder, false, new DateOnly(2027, 1, 6), "Zonder beschikking geboekt", "B", April2027));
        var met = administratie.Boek(new DateOnly(2027, 1, 6), "Subsidie", [D(Bank, 1_000_00), C(Rekeningschema.Subsidies, 1_000_00)], beschikking, "B", April2027);
        posten.Add(met);
        Assert.Empty(administratie.Blokkades(2027, 1, posten));
        Assert.Equal(beschikking, met.BeschikkingId);
    }

    [Fact]
    public void J8_the_monthly_close_records_the_blockers_of_every_past_open_month_and_a_second_run_changes_nothing()
    {
        var administratie = Administratie();

        Assert.Equal(3, administratie.BereidAfsluitingenVoor([], April2027));
        var perioden = administratie.Perioden;
        Assert.Equal([1, 2, 3], perioden.Select(p => p.Maand));
        Assert.All(perioden, p => Assert.Contains(p.Blokkades, b => b.Soort == BlokkadeSoort.GeenOpeningsbalans));
        Assert.Contains(perioden[1].Blokkades, b => b.Soort == BlokkadeSoort.VorigePeriodeOpen);

        Assert.Equal(0, administratie.BereidAfsluitingenVoor([], April2027.AddHours(1)));
        Assert.Same(perioden, administratie.Perioden);
    }

    [Fact]
    public void R5_2_random_sequences_of_entries_and_reversals_keep_every_trial_balance_at_zero()
    {
        var random = new Random(20270415);
        var codes = Standaard.Select(r => r.Code).ToArray();
        for (var ronde = 0; ronde < 50; ronde++)
        {
            var posten = new List<Journaalpost>();
            var administratie = Geopend(posten, bank: random.Next(0, 100_000_00));
            for (var i = 0; i < 40; i++)
            {
                if (posten.Count > 1 && random.Next(5) == 0)
                {
                    var kandidaat = posten[random.Next(1, posten.Count)];
                    var alTegengeboekt = posten.Any(p => p.TegenboekingVanId == kandidaat.Id);
                    if (kandidaat.Soort == JournaalpostSoort.Boeking && !alTegengeboekt)
                        posten.Add(administratie.BoekTegen(kandidaat, false, new DateOnly(2027, 4, 1), "Fout", "B", April2027));
                    continue;
                }
                var bedragen = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (long)random.Next(1, 1_000_00)).ToList();
                var regels = bedragen.Select(b => D(codes[random.Next(codes.Length)], b)).Append(C(codes[random.Next(codes.Length)], bedragen.Sum())).ToList();
                posten.Add(administratie.Boek(new DateOnly(2027, random.Next(1, 4), random.Next(1, 28)), "Boeking", regels, null, "B", April2027));
            }
            var totalen = Grootboek.PerRekening(posten).Values.ToList();
            Assert.Equal(totalen.Sum(t => t.Debet.Eurocent), totalen.Sum(t => t.Credit.Eurocent));
            Assert.Equal(posten.Count, posten.Select(p => p.Nummer).Distinct().Count());
        }
    }

    [Fact]
    public void R5_2_the_standard_chart_maps_every_account_to_an_RGS_referentiecode_once()
    {
        Assert.All(Standaard, r => Assert.True(IsRgsCode(r.RgsCode), $"{r.Code} {r.RgsCode}"));
        Assert.Equal(Standaard.Count, Standaard.Select(r => r.Code).Distinct().Count());
        Assert.All(Standaard.Where(r => r.IsBalansrekening), r => Assert.StartsWith("B", r.RgsCode));
        Assert.All(Standaard.Where(r => !r.IsBalansrekening), r => Assert.StartsWith("W", r.RgsCode));
        Assert.False(IsRgsCode("BLiqBan"[..3]));
        Assert.False(IsRgsCode("blimbanrba"));
    }

    [Fact]
    public void R5_1_a_host_keeps_the_books_of_a_resident_group_without_a_legal_entity_and_not_its_own()
    {
        var host = Host();
        var welzijn = Welzijn();

        Assert.Throws<DomainException>(() => new Administratie(host, new Organisatie("Stichting Buurt", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Stichting, "90000002", April2027), Start, April2027));
        Assert.Throws<DomainException>(() => new Administratie(host, new Organisatie("Woonstichting", OrganisatieSoort.Woningcorporatie, Rechtsvorm.Informeel, null, April2027), Start, April2027));
        var eigen = new Organisatie("Eigen groep", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, April2027);
        var hostVanEigen = new Hostorganisatie(welzijn, "Boeken", true, [], April2027);
        Assert.Throws<DomainException>(() => new Administratie(hostVanEigen, welzijn, Start, April2027));
        var administratie = new Administratie(host, eigen, new DateOnly(2027, 3, 17), April2027);
        Assert.Equal((new DateOnly(2027, 3, 1), host.OrganisatieId, Standaard.Count), (administratie.Startdatum, administratie.HostOrganisatieId, administratie.Rekeningen.Count));
        Assert.NotNull(new Administratie(host, Groep("Bewonersvereniging", Rechtsvorm.Vereniging), Start, April2027));
    }
}
