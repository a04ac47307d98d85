using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;
using static Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens.PersoonsgegevensFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// A declaratie, its payment batch and a zzp'er's contract stay in the books under the pseudonym (AVG art. 17 lid 3),
/// but only once they no longer need the person: paid or refused, executed, ended. The IBAN goes after the gemeente's
/// term (art. 5 lid 1 sub e), once.
/// </summary>
public sealed class DeclaratiesAvgTests
{
    private static readonly Betrokkene Fatima = new(null, null, "nl91 abna 0417 1643 00");

    private static readonly Bewaarbeleid Standaard = Bewaarbeleid.Standaard(April2027);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_declaratie_gives_the_payee_her_name_iban_amount_and_status()
    {
        var declaratie = Ingediend(NieuweAdministratie(AdministratieTests.Host()));

        Assert.Equal(
            [
                new Gegeven("Declaratie", "DEC-2027-1"), new Gegeven("Naam begunstigde", FatimaNaam), new Gegeven("IBAN", FatimaIban),
                new Gegeven("Bedrag", new Bedrag(56_30).ToString()), new Gegeven("Status", "Ingediend"),
            ],
            declaratie.GegevensVan(Fatima));
        Assert.Empty(declaratie.GegevensVan(new Betrokkene(null, "Fatima", JoopIban)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_declaratie_is_not_anonymised_while_it_is_approved_and_in_a_batch()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var declaratie = Goedgekeurd(administratie);
        Klaargezet(host, administratie, declaratie);

        var fout = Assert.Throws<DomainException>(() => declaratie.Anonimiseer(Fatima, Pseudoniem.Nieuw(), April2027));

        Assert.Equal("Declaratie DEC-2027-1 wordt nog behandeld; anonimiseer na de betaling of de afwijzing.", fout.Message);
        Assert.Equal((FatimaNaam, FatimaIban, null), (declaratie.NaamBegunstigde, declaratie.Iban, declaratie.BankgegevensGewistOp));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_paid_declaratie_stays_in_the_books_under_the_pseudonym_without_its_iban()
    {
        var host = AdministratieTests.Host();
        var declaratie = Betaald(NieuweAdministratie(host), host);
        var pseudoniem = Pseudoniem.Nieuw();
        var later = April2027.AddDays(3);

        declaratie.Anonimiseer(new Betrokkene(null, "fatima  EL AMRANI", null), pseudoniem, later);

        Assert.Equal((pseudoniem, "", later), (declaratie.NaamBegunstigde, declaratie.Iban, declaratie.BankgegevensGewistOp));
        Assert.Equal(("DEC-2027-1", new Bedrag(56_30), DeclaratieStatus.Betaald, Activiteiten),
            (declaratie.Kenmerk, declaratie.Bedrag, declaratie.Status, declaratie.Rekening));
        Assert.Empty(declaratie.GegevensVan(Fatima));
        Assert.False(declaratie.WisBankgegevens(Standaard, April2027.AddYears(2)));
        Assert.Equal(later, declaratie.BankgegevensGewistOp);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_refused_declaratie_is_anonymised()
    {
        var declaratie = Afgewezen(NieuweAdministratie(AdministratieTests.Host()));
        var pseudoniem = Pseudoniem.Nieuw();

        declaratie.Anonimiseer(Fatima, pseudoniem, April2027);

        Assert.Equal((pseudoniem, "", DeclaratieStatus.Afgewezen), (declaratie.NaamBegunstigde, declaratie.Iban, declaratie.Status));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Avg5_1e_the_iban_of_a_paid_declaratie_goes_only_after_the_term_from_payment_and_once()
    {
        var host = AdministratieTests.Host();
        var declaratie = Betaald(NieuweAdministratie(host), host);
        var verlopen = April2027.AddMonths(13).AddMinutes(1);

        Assert.False(declaratie.WisBankgegevens(Standaard, April2027.AddMonths(13)));
        Assert.Equal(FatimaIban, declaratie.Iban);

        Assert.True(declaratie.WisBankgegevens(Standaard, verlopen));
        Assert.False(declaratie.WisBankgegevens(Standaard, verlopen.AddDays(1)));
        Assert.Equal(("", verlopen, FatimaNaam, DeclaratieStatus.Betaald), (declaratie.Iban, declaratie.BankgegevensGewistOp, declaratie.NaamBegunstigde, declaratie.Status));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Avg5_1e_the_iban_of_a_declaratie_that_is_not_settled_is_kept_whatever_the_term()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var ingediend = Ingediend(administratie);
        var goedgekeurd = Goedgekeurd(administratie, nummer: 2);
        var inBetaling = Goedgekeurd(administratie, nummer: 3);
        Klaargezet(host, administratie, inBetaling);
        var kort = new Bewaarbeleid(Bewaarbeleid.KortsteTermijn, Bewaarbeleid.KortsteTermijn, "Privacyfunctionaris", April2027);

        Assert.All([ingediend, goedgekeurd, inBetaling], d => Assert.False(d.WisBankgegevens(kort, April2027.AddYears(5))));
        Assert.All([ingediend, goedgekeurd, inBetaling], d => Assert.Equal((FatimaIban, null), (d.Iban, d.BankgegevensGewistOp)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Avg5_1e_a_shorter_term_of_the_gemeente_erases_a_refused_declaraties_iban_sooner()
    {
        var declaratie = Afgewezen(NieuweAdministratie(AdministratieTests.Host()));
        var kort = new Bewaarbeleid(6, 1, "Privacyfunctionaris", April2027);

        Assert.False(declaratie.WisBankgegevens(kort, April2027.AddMonths(1)));
        Assert.True(declaratie.WisBankgegevens(kort, April2027.AddMonths(1).AddHours(1)));
        Assert.Equal("", declaratie.Iban);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_payment_batch_gives_only_the_persons_transfer()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var betaling = Klaargezet(host, administratie, Goedgekeurd(administratie), Goedgekeurd(administratie, 2, JoopNaam, JoopIban));

        Assert.Equal(
            [new Gegeven("Overboeking", "DEC-2027-1"), new Gegeven("Begunstigde", FatimaNaam), new Gegeven("IBAN", FatimaIban), new Gegeven("Bedrag", new Bedrag(56_30).ToString())],
            betaling.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_payment_batch_is_anonymised_only_once_executed_and_only_in_the_persons_transfer()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var haar = Goedgekeurd(administratie);
        var zijn = Goedgekeurd(administratie, 2, JoopNaam, JoopIban);
        var betaling = Klaargezet(host, administratie, haar, zijn);
        var pseudoniem = Pseudoniem.Nieuw();

        Assert.Contains("nog niet uitgevoerd", Assert.Throws<DomainException>(() => betaling.Anonimiseer(Fatima, pseudoniem, April2027)).Message);
        Assert.Equal(FatimaNaam, betaling.Overboekingen[0].Begunstigde);

        betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 15), [haar, zijn], [administratie], "Boekhouder", April2027);
        betaling.Anonimiseer(Fatima, pseudoniem, April2027);

        Assert.Equal([(pseudoniem, ""), (JoopNaam, JoopIban)], betaling.Overboekingen.Select(o => (o.Begunstigde, o.Iban)));
        Assert.Equal([new Bedrag(56_30), new Bedrag(56_30)], betaling.Overboekingen.Select(o => o.Bedrag));
        Assert.Equal(new Bedrag(112_60), betaling.Totaal);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_withdrawn_batch_no_longer_needs_the_person_and_is_anonymised()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var haar = Goedgekeurd(administratie);
        var betaling = Klaargezet(host, administratie, haar);
        var pseudoniem = Pseudoniem.Nieuw();

        betaling.TrekIn([haar], "De bank weigerde het bestand", April2027);
        betaling.Anonimiseer(Fatima, pseudoniem, April2027);

        Assert.Equal([(pseudoniem, "")], betaling.Overboekingen.Select(o => (o.Begunstigde, o.Iban)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Avg5_1e_an_executed_batch_loses_its_ibans_after_the_term_once_and_keeps_the_names()
    {
        var host = AdministratieTests.Host();
        var administratie = NieuweAdministratie(host);
        var klaar = Klaargezet(host, administratie, Goedgekeurd(administratie, 9));
        var betaling = Uitgevoerd(host, administratie, Goedgekeurd(administratie), Goedgekeurd(administratie, 2, JoopNaam, JoopIban));
        var verlopen = April2027.AddMonths(14);

        Assert.False(klaar.WisBankgegevens(Standaard, verlopen));
        Assert.False(betaling.WisBankgegevens(Standaard, April2027.AddMonths(13)));
        Assert.True(betaling.WisBankgegevens(Standaard, verlopen));
        Assert.False(betaling.WisBankgegevens(Standaard, verlopen.AddDays(1)));

        Assert.Equal([(FatimaNaam, ""), (JoopNaam, "")], betaling.Overboekingen.Select(o => (o.Begunstigde, o.Iban)));
        Assert.Equal(verlopen, betaling.BankgegevensGewistOp);
        Assert.Equal(FatimaIban, klaar.Overboekingen[0].Iban);
    }

    private static Opdrachtovereenkomst Opdracht(string naam = "Sportcoach Yusuf Demir") =>
        new(NieuweAdministratie(AdministratieTests.Host()),
            new Opdrachtvoorwaarden(naam, "81234567", FatimaIban, "Wekelijkse sportles voor kinderen op het Balkonplein", 40m, new Bedrag(45_00), 21,
                new DateOnly(2027, 3, 1), new DateOnly(2027, 8, 31), Activiteiten), [], April2027);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_contract_gives_the_zzper_the_trade_name_kvk_number_iban_and_period()
    {
        var opdracht = Opdracht();

        Assert.Equal(
            [
                new Gegeven("Opdrachtnemer", "Sportcoach Yusuf Demir"), new Gegeven("KvK-nummer", "81234567"), new Gegeven("IBAN", FatimaIban),
                new Gegeven("Looptijd", "01-03-2027 tot 31-08-2027"),
            ],
            opdracht.GegevensVan(new Betrokkene(null, "sportcoach  yusuf demir", null)));
        Assert.Empty(opdracht.GegevensVan(new Betrokkene(null, "Yusuf Demir", null)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_contract_is_not_anonymised_while_it_runs_up_to_and_including_its_last_day()
    {
        var opdracht = Opdracht();
        // 23:30 in the Netherlands on 31 August: the last day of the contract.
        var laatsteDag = new DateTimeOffset(2027, 8, 31, 21, 30, 0, TimeSpan.Zero);

        Assert.Throws<DomainException>(() => opdracht.Anonimiseer(Fatima, Pseudoniem.Nieuw(), April2027));
        var fout = Assert.Throws<DomainException>(() => opdracht.Anonimiseer(Fatima, Pseudoniem.Nieuw(), laatsteDag));

        Assert.Equal("De opdrachtovereenkomst met Sportcoach Yusuf Demir loopt tot 31-08-2027; anonimiseer na het einde.", fout.Message);
        Assert.Equal(("Sportcoach Yusuf Demir", FatimaIban), (opdracht.Opdrachtnemer, opdracht.Iban));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_an_ended_contract_stays_under_the_pseudonym_without_its_iban()
    {
        var opdracht = Opdracht();
        var pseudoniem = Pseudoniem.Nieuw();
        // 00:30 in the Netherlands on 1 September: the contract has ended.
        var eerstVolgendeDag = new DateTimeOffset(2027, 8, 31, 22, 30, 0, TimeSpan.Zero);

        opdracht.Anonimiseer(Fatima, pseudoniem, eerstVolgendeDag);

        Assert.Equal((pseudoniem, ""), (opdracht.Opdrachtnemer, opdracht.Iban));
        Assert.Equal(("81234567", new DateOnly(2027, 8, 31), new Bedrag(1800_00)), (opdracht.Kvknummer, opdracht.Einddatum, opdracht.Plafond));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_running_contract_of_someone_else_is_neither_refused_nor_changed()
    {
        var opdracht = Opdracht();

        opdracht.Anonimiseer(new Betrokkene(null, "Yusuf", JoopIban), Pseudoniem.Nieuw(), April2027);

        Assert.Equal(("Sportcoach Yusuf Demir", FatimaIban), (opdracht.Opdrachtnemer, opdracht.Iban));
    }
}
