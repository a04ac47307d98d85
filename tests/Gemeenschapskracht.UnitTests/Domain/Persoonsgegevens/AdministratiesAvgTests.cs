using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;
using static Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens.PersoonsgegevensFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// A bank statement holds other people's lines beside the person's: she sees only hers (AVG art. 15) and only hers
/// take the pseudonym (art. 17), the lines and amounts stay (they are the books). A host's coordinator likewise.
/// </summary>
public sealed class AdministratiesAvgTests
{
    private static Bankafschrift Januari()
    {
        var administratie = NieuweAdministratie(AdministratieTests.Host());
        List<Journaalpost> posten =
        [
            administratie.BoekOpening([new(Bank, new Bedrag(500_00), Bedrag.Nul), new(AlgemeneReserve, Bedrag.Nul, new Bedrag(500_00))], "Boekhouder", April2027),
        ];
        Bankboeking[] boekingen =
        [
            new(new DateOnly(2027, 1, 5), new Bedrag(20_00), Mutatierichting.Bijschrijving, "F. el Amrani", FatimaIban, "Gift", null),
            new(new DateOnly(2027, 1, 6), new Bedrag(30_00), Mutatierichting.Bijschrijving, JoopNaam, JoopIban, "Gift", null),
            new(new DateOnly(2027, 1, 7), new Bedrag(10_00), Mutatierichting.Afschrijving, "Stichting Buurthuis", "NL91 ABNA 0417 1643 00", "Terug", null),
            new(new DateOnly(2027, 1, 8), new Bedrag(5_00), Mutatierichting.Afschrijving, null, null, "Bankkosten", null),
        ];
        return Bankafschrift.Importeer(administratie,
            new("2027-01", HostIban, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), new Bedrag(500_00), new Bedrag(535_00), boekingen),
            null, "januari.xml", posten, [], "Boekhouder", April2027);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_bank_statement_gives_only_the_lines_whose_counterparty_is_the_person()
    {
        var afschrift = Januari();

        var gegevens = afschrift.GegevensVan(new Betrokkene(null, null, "nl91abna0417164300"));

        Assert.Equal(
            [
                new Gegeven("Mutatie", "1 van 2027-01, 05-01-2027"), new Gegeven("Tegenpartij", "F. el Amrani"), new Gegeven("IBAN tegenpartij", FatimaIban),
                new Gegeven("Bedrag", new Bedrag(20_00).ToString()),
                new Gegeven("Mutatie", "3 van 2027-01, 07-01-2027"), new Gegeven("Tegenpartij", "Stichting Buurthuis"),
                new Gegeven("IBAN tegenpartij", "NL91 ABNA 0417 1643 00"), new Gegeven("Bedrag", (Bedrag.Nul - new Bedrag(10_00)).ToString()),
            ],
            gegevens);
        Assert.DoesNotContain(gegevens, g => g.Waarde.Contains(JoopNaam) || g.Waarde == JoopIban || g.Waarde.StartsWith("2 van", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_bank_statement_gives_nothing_to_someone_not_on_it()
    {
        Assert.Empty(Januari().GegevensVan(new Betrokkene("joop@example.org", "Jansen", "NL39RABO0300065264")));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_a_bank_statement_replaces_only_the_persons_counterparty_and_keeps_every_line()
    {
        var afschrift = Januari();
        var pseudoniem = Pseudoniem.Nieuw();
        var voor = afschrift.Mutaties.ToList();

        afschrift.Anonimiseer(new Betrokkene(null, "f. EL amrani", null), pseudoniem, April2027);

        Assert.Equal(
            [(1, pseudoniem, null), (2, JoopNaam, JoopIban), (3, "Stichting Buurthuis", "NL91 ABNA 0417 1643 00"), (4, null, null)],
            afschrift.Mutaties.Select(m => (m.Volgnummer, m.TegenpartijNaam, m.TegenpartijIban)));
        Assert.Equal(voor.Select(m => (m.Id, m.Bedrag, m.Richting, m.Omschrijving, m.Status)),
            afschrift.Mutaties.Select(m => (m.Id, m.Bedrag, m.Richting, m.Omschrijving, m.Status)));
        Assert.Equal(voor.Skip(1), afschrift.Mutaties.Skip(1));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_person_known_by_iban_loses_every_line_with_that_iban_whatever_the_name_on_it()
    {
        var afschrift = Januari();
        var pseudoniem = Pseudoniem.Nieuw();

        afschrift.Anonimiseer(new Betrokkene(null, null, FatimaIban), pseudoniem, April2027);

        Assert.Equal([(pseudoniem, null), (JoopNaam, JoopIban), (pseudoniem, null), (null, null)],
            afschrift.Mutaties.Select(m => (m.TegenpartijNaam, m.TegenpartijIban)));
        Assert.Equal(new Bedrag(535_00), afschrift.Eindsaldo);
        Assert.Empty(afschrift.GegevensVan(new Betrokkene(null, "F. el Amrani", FatimaIban)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_coordinator_is_named_by_the_pseudonym_and_keeps_role_and_dates_and_another_is_untouched()
    {
        var host = AdministratieTests.Host();
        var sanne = new Coordinator(host, new("Sanne de Vries", "Opbouwwerker", 24m, new DateOnly(2025, 9, 1), null, [], null), [], April2027);
        var joost = new Coordinator(host, new("Joost de Vries", "Opbouwwerker", 16m, new DateOnly(2026, 1, 1), null, [], null), [], April2027);
        var betrokkene = new Betrokkene(null, " sanne DE vries", null);
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Equal([new Gegeven("Naam", "Sanne de Vries"), new Gegeven("Functie", "Opbouwwerker"), new Gegeven("In dienst sinds", "01-09-2025")],
            sanne.GegevensVan(betrokkene));

        sanne.Anonimiseer(betrokkene, pseudoniem, April2027);
        joost.Anonimiseer(betrokkene, pseudoniem, April2027);

        Assert.Equal((pseudoniem, "Opbouwwerker", 24m, new DateOnly(2025, 9, 1)), (sanne.Naam, sanne.Functie, sanne.UrenPerWeek, sanne.InDienstSinds));
        Assert.Equal("Joost de Vries", joost.Naam);
        Assert.Empty(sanne.GegevensVan(betrokkene));
    }
}
