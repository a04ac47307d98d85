using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Declaraties;

/// <summary>
/// A volunteer's expense paid back from the group's funds (R5.4): its states, each refusal with a reason, four eyes
/// above the host's threshold, the receipt's type from its bytes, the batch that stops when a group cannot pay, and the
/// booking made when the bank paid.
/// </summary>
public sealed class DeclaratieTests
{
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Vrijwilliger = Guid.NewGuid();
    private static readonly Guid Boekhouder = Guid.NewGuid();
    private static readonly Guid TweedeBoekhouder = Guid.NewGuid();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private const string GeldigIban = "NL91ABNA0417164300";

    private static Administratie Administratie(Hostorganisatie? host = null) => new(host ?? AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);

    private static Declaratiegegevens Gegevens(long cent = 56_30, string rekening = Activiteiten, DateOnly? op = null, string iban = GeldigIban) =>
        new(new Bedrag(cent), op ?? new DateOnly(2027, 4, 10), rekening, "Verf voor de buurtbank", "Fatima el Amrani", iban);

    private static Declaratie Concept(Administratie administratie, long cent = 56_30, int nummer = 1)
    {
        var declaratie = new Declaratie(administratie, nummer, Gegevens(cent), Vrijwilliger, "Fatima el Amrani", April2027);
        declaratie.VervangBonnetje(Bonnetje.Van(declaratie.Id, "bon.png", Png, April2027), April2027);
        return declaratie;
    }

    private static Declaratie Ingediend(Administratie administratie, long cent = 56_30, int nummer = 1)
    {
        var declaratie = Concept(administratie, cent, nummer);
        declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, "Fatima el Amrani", April2027);
        return declaratie;
    }

    [Fact]
    public void R5_4_a_declaratie_has_an_amount_above_zero_a_past_day_a_cost_account_of_the_chart_and_a_valid_iban()
    {
        var administratie = Administratie();
        Declaratiegegevens[] fout = [Gegevens(0), Gegevens(-1_00), Gegevens(op: new DateOnly(2027, 4, 16)), Gegevens(rekening: Bank),
            Gegevens(rekening: "9999"), Gegevens(iban: "NL91ABNA0417164301")];

        Assert.All(fout, g => Assert.Throws<DomainException>(() => new Declaratie(administratie, 1, g, Vrijwilliger, "Fatima", April2027)));
        var declaratie = new Declaratie(administratie, 7, Gegevens(iban: "nl91 abna 0417 1643 00"), Vrijwilliger, "Fatima", April2027);
        Assert.Equal(("DEC-2027-7", DeclaratieStatus.Concept, GeldigIban), (declaratie.Kenmerk, declaratie.Status, declaratie.Iban));
    }

    [Fact]
    public void R5_4_a_receipt_is_an_image_or_pdf_by_its_bytes_whatever_its_name_and_at_most_10_MB()
    {
        var id = Guid.NewGuid();

        Assert.Contains("geen foto", Assert.Throws<DomainException>(() => Bonnetje.Van(id, "bon.jpg", "dit is tekst"u8, April2027)).Message);
        Assert.Throws<DomainException>(() => Bonnetje.Van(id, "bon.png", [], April2027));
        Assert.Contains("10 MB", Assert.Throws<DomainException>(() => Bonnetje.Van(id, "bon.pdf", new byte[Bonnetje.MaxBytes + 1], April2027)).Message);
        Assert.Equal("image/png", Bonnetje.Van(id, "bon.jpg", Png, April2027).ContentType);
        Assert.Equal("application/pdf", Bonnetje.Van(id, "bon", "%PDF-1.7\n"u8, April2027).ContentType);
        Assert.Equal("image/jpeg", Bonnetje.Van(id, "bon.heic", [0xFF, 0xD8, 0xFF, 0xE0], April2027).ContentType);
        Assert.Equal(Bonnetje.Heic, Bonnetje.Van(id, "IMG_0001.HEIC", [0, 0, 0, 24, .."ftypheic"u8, 0, 0, 0, 0], April2027).ContentType);
    }

    [Fact]
    public void R5_4_a_declaratie_is_submitted_with_its_receipt_and_only_from_concept_or_onvolledig()
    {
        var administratie = Administratie();
        var zonderBon = new Declaratie(administratie, 1, Gegevens(), Vrijwilliger, "Fatima", April2027);

        Assert.Contains("bonnetje", Assert.Throws<DomainException>(() => zonderBon.DienIn(Hostorganisatie.StandaardVierOgenDrempel, "Fatima", April2027)).Message);
        var declaratie = Ingediend(administratie);
        Assert.Equal(DeclaratieStatus.Ingediend, declaratie.Status);
        Assert.Throws<DomainException>(() => declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, "Fatima", April2027));
        Assert.Throws<DomainException>(() => declaratie.Wijzig(administratie, Gegevens(60_00), April2027));
    }

    [Fact]
    public void R5_4_the_submitter_never_approves_their_own_declaratie()
    {
        var declaratie = Ingediend(Administratie());

        var fout = Assert.Throws<DomainException>(() => declaratie.KeurGoed(Vrijwilliger, "Fatima", April2027));

        Assert.Contains("zelf ingediend", fout.Message);
        Assert.Equal((DeclaratieStatus.Ingediend, 0), (declaratie.Status, declaratie.Goedkeuringen.Count));
    }

    [Fact]
    public void R5_4_below_the_threshold_one_approval_makes_a_declaratie_goedgekeurd()
    {
        var declaratie = Ingediend(Administratie(), 250_00);

        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);

        Assert.Equal((DeclaratieStatus.Goedgekeurd, 1), (declaratie.Status, declaratie.BenodigdeGoedkeuringen));
    }

    [Fact]
    public void R5_4_above_the_threshold_two_different_approvers_are_needed_and_the_same_approver_twice_is_refused()
    {
        var declaratie = Ingediend(Administratie(), 312_00);

        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);
        Assert.Equal((DeclaratieStatus.Ingediend, 1, 2), (declaratie.Status, declaratie.Goedkeuringen.Count, declaratie.BenodigdeGoedkeuringen));
        Assert.Contains("al goedgekeurd", Assert.Throws<DomainException>(() => declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027)).Message);
        declaratie.KeurGoed(TweedeBoekhouder, "Tweede boekhouder", April2027);

        Assert.Equal(DeclaratieStatus.Goedgekeurd, declaratie.Status);
        Assert.Equal([Boekhouder, TweedeBoekhouder], declaratie.Goedkeuringen.Select(g => g.DoorId));
    }

    [Fact]
    public void R5_4_the_host_sets_its_four_eyes_threshold_zero_or_more()
    {
        var host = AdministratieTests.Host();
        Assert.Equal(new Bedrag(250_00), host.VierOgenDrempel);
        Assert.Throws<DomainException>(() => host.ZetVierOgenDrempel(new Bedrag(-1), April2027));

        host.ZetVierOgenDrempel(new Bedrag(50_00), April2027);
        var declaratie = Concept(Administratie(host));
        declaratie.DienIn(host.VierOgenDrempel, "Fatima", April2027);

        Assert.Equal(2, declaratie.BenodigdeGoedkeuringen);
    }

    [Fact]
    public void R5_4_onvolledig_aangehouden_and_afgewezen_each_need_a_reason_and_follow_their_moves()
    {
        var administratie = Administratie();
        var declaratie = Ingediend(administratie, 312_00);
        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);

        Assert.Throws<DomainException>(() => declaratie.Beoordeel(DeclaratieUitkomst.Onvolledig, " ", "Boekhouder", April2027));
        declaratie.Beoordeel(DeclaratieUitkomst.Onvolledig, "De bon is onleesbaar.", "Boekhouder", April2027);
        Assert.Empty(declaratie.Goedkeuringen);
        declaratie.Wijzig(administratie, Gegevens(311_00), April2027);
        declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, "Fatima", April2027);

        declaratie.Beoordeel(DeclaratieUitkomst.Aangehouden, "We vragen de groep eerst of dit past.", "Boekhouder", April2027);
        Assert.Throws<DomainException>(() => declaratie.Beoordeel(DeclaratieUitkomst.Onvolledig, "Toch onvolledig", "Boekhouder", April2027));
        declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Past niet bij het doel van de groep.", "Boekhouder", April2027);

        Assert.Throws<DomainException>(() => declaratie.KeurGoed(TweedeBoekhouder, "Tweede", April2027));
        Assert.Throws<DomainException>(() => declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Nog eens", "Boekhouder", April2027));
        Assert.Equal([DeclaratieStatus.Concept, DeclaratieStatus.Ingediend, DeclaratieStatus.Onvolledig, DeclaratieStatus.Ingediend, DeclaratieStatus.Aangehouden, DeclaratieStatus.Afgewezen],
            declaratie.Historie.Select(h => h.Status));
        Assert.Equal("Past niet bij het doel van de groep.", declaratie.Historie[^1].Reden);
    }

    [Fact]
    public void R5_4_an_aangehouden_declaratie_can_still_be_approved()
    {
        var declaratie = Ingediend(Administratie());
        declaratie.Beoordeel(DeclaratieUitkomst.Aangehouden, "Even navragen.", "Boekhouder", April2027);

        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);

        Assert.Equal(DeclaratieStatus.Goedgekeurd, declaratie.Status);
    }

    [Fact]
    public void R5_4_only_a_concept_is_deleted()
    {
        var administratie = Administratie();
        Concept(administratie).ControleerVerwijderbaar();

        Assert.Throws<DomainException>(() => Ingediend(administratie).ControleerVerwijderbaar());
    }

    private static (Hostorganisatie Host, Administratie Administratie, Declaratie Declaratie) Goedgekeurd(long cent = 56_30)
    {
        var host = AdministratieTests.Host();
        var administratie = Administratie(host);
        var declaratie = Ingediend(administratie, cent);
        declaratie.KeurGoed(Boekhouder, "Boekhouder", April2027);
        return (host, administratie, declaratie);
    }

    private static Groepssaldo Saldo(Administratie administratie, long cent) => new(administratie.Id, "Buurtgroep Portiek 12", new Bedrag(cent));

    [Fact]
    public void R5_4_a_payment_batch_is_refused_whole_when_a_groups_bank_balance_is_too_low()
    {
        var (host, administratie, declaratie) = Goedgekeurd(56_30);

        var fout = Assert.Throws<DomainException>(() =>
            new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 56_29)], April2027));

        Assert.Contains("Buurtgroep Portiek 12", fout.Message);
        Assert.Null(declaratie.DeclaratiebetalingId);
    }

    [Fact]
    public void R5_4_a_payment_batch_needs_the_hosts_iban_and_approved_declaraties_in_no_other_batch()
    {
        var (host, administratie, declaratie) = Goedgekeurd();
        var concept = Concept(administratie, nummer: 2);

        Assert.Contains("IBAN", Assert.Throws<DomainException>(() =>
            new Declaratiebetaling(host, "Stichting Welzijn Oost", null, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 1000_00)], April2027)).Message);
        Assert.Throws<DomainException>(() =>
            new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [concept], [Saldo(administratie, 1000_00)], April2027));
        var betaling = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 56_30)], April2027);
        Assert.Equal(betaling.Id, declaratie.DeclaratiebetalingId);
        Assert.Throws<DomainException>(() =>
            new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 1000_00)], April2027));
    }

    [Fact]
    public void R5_4_a_declaratie_in_a_batch_is_not_changed()
    {
        var (host, administratie, declaratie) = Goedgekeurd();
        _ = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 100_00)], April2027);

        Assert.Contains("in een betaling", Assert.Throws<DomainException>(() => declaratie.Wijzig(administratie, Gegevens(), April2027)).Message);
        Assert.Throws<DomainException>(() => declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Toch niet", "Boekhouder", April2027));
    }

    [Fact]
    public void R5_4_an_executed_batch_pays_every_declaratie_and_books_it_cost_account_debit_bank_credit()
    {
        var (host, administratie, declaratie) = Goedgekeurd(56_30);
        var betaling = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 15), [declaratie], [Saldo(administratie, 100_00)], April2027);

        var post = Assert.Single(betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 15), [declaratie], [administratie], "Boekhouder", April2027));

        Assert.Equal((DeclaratieStatus.Betaald, DeclaratiebetalingStatus.Uitgevoerd), (declaratie.Status, betaling.Status));
        Assert.Equal([new Journaalregel(Activiteiten, new Bedrag(56_30), Bedrag.Nul), new Journaalregel(Bank, Bedrag.Nul, new Bedrag(56_30))], post.Regels);
        Assert.Throws<DomainException>(() => betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 15), [declaratie], [administratie], "Boekhouder", April2027));
    }

    [Fact]
    public void A_prepared_batch_is_withdrawn_with_a_reason_and_frees_its_declaraties_for_a_new_one()
    {
        var (host, administratie, declaratie) = Goedgekeurd();
        var betaling = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 100_00)], April2027);

        Assert.Contains("reden", Assert.Throws<DomainException>(() => betaling.TrekIn([declaratie], " ", April2027)).Message);
        betaling.TrekIn([declaratie], " De bank weigerde het bestand ", April2027);

        Assert.Equal((DeclaratiebetalingStatus.Ingetrokken, "De bank weigerde het bestand"), (betaling.Status, betaling.Intrekkingsreden));
        Assert.Equal((DeclaratieStatus.Goedgekeurd, null), (declaratie.Status, declaratie.DeclaratiebetalingId));
        Assert.Contains("ingetrokken", Assert.Throws<DomainException>(() => betaling.TrekIn([declaratie], "Nogmaals", April2027)).Message);
        Assert.Contains("ingetrokken", Assert.Throws<DomainException>(() =>
            betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 16), [declaratie], [administratie], "Boekhouder", April2027)).Message);
        var opnieuw = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 16), [declaratie], [Saldo(administratie, 100_00)], April2027);
        Assert.Equal(opnieuw.Id, declaratie.DeclaratiebetalingId);
    }

    [Fact]
    public void An_executed_batch_is_not_withdrawn()
    {
        var (host, administratie, declaratie) = Goedgekeurd();
        var betaling = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 15), [declaratie], [Saldo(administratie, 100_00)], April2027);
        betaling.MarkeerUitgevoerd(new DateOnly(2027, 4, 15), [declaratie], [administratie], "Boekhouder", April2027);

        Assert.Contains("uitgevoerd en geboekt", Assert.Throws<DomainException>(() => betaling.TrekIn([declaratie], "Vergissing", April2027)).Message);
        Assert.Equal(DeclaratieStatus.Betaald, declaratie.Status);
    }

    [Fact]
    public void R5_4_a_batch_is_not_booked_into_a_closed_month()
    {
        var (host, administratie, declaratie) = Goedgekeurd();
        administratie.BoekOpening([new Journaalregel(Bank, new Bedrag(500_00), Bedrag.Nul), new Journaalregel(AlgemeneReserve, Bedrag.Nul, new Bedrag(500_00))], "Boekhouder", April2027);
        administratie.SluitAf(2027, 1, [], "Boekhouder", April2027);
        var betaling = new Declaratiebetaling(host, "Stichting Welzijn Oost", GeldigIban, new DateOnly(2027, 4, 15), [declaratie], [Saldo(administratie, 500_00)], April2027);

        Assert.Contains("afgesloten", Assert.Throws<DomainException>(() =>
            betaling.MarkeerUitgevoerd(new DateOnly(2027, 1, 31), [declaratie], [administratie], "Boekhouder", April2027)).Message);
        Assert.Equal(DeclaratieStatus.Goedgekeurd, declaratie.Status);
    }

    [Fact]
    public void J8_declaraties_not_yet_settled_block_closing_their_month()
    {
        var administratie = Administratie();
        var posten = new List<Journaalpost>
        {
            administratie.BoekOpening([new Journaalregel(Bank, new Bedrag(500_00), Bedrag.Nul), new Journaalregel(AlgemeneReserve, Bedrag.Nul, new Bedrag(500_00))], "Boekhouder", April2027),
        };

        var blokkade = Assert.Single(administratie.Blokkades(2027, 1, posten, [("DEC-2027-1", new DateOnly(2027, 1, 20)), ("DEC-2027-2", new DateOnly(2027, 2, 2))]));

        Assert.Equal(BlokkadeSoort.DeclaratiesOnafgehandeld, blokkade.Soort);
        Assert.Contains("DEC-2027-1", blokkade.Toelichting);
        Assert.DoesNotContain("DEC-2027-2", blokkade.Toelichting);
        Assert.Throws<DomainException>(() => administratie.SluitAf(2027, 1, posten, "Boekhouder", April2027, [("DEC-2027-1", new DateOnly(2027, 1, 20))]));
    }
}
