using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class VerzoekTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Herkomst Bewoners = new(Kant.Bewoners, "Bewonersraad Noord", Now);
    private static readonly Guid Corporatie = Guid.NewGuid();

    private static Wijktoekomstagenda Agenda(bool publiceer = true)
    {
        var agenda = Wijktoekomstagenda.Eerste(Guid.NewGuid(), "Noord", null, 10, 2026, null, [Guid.NewGuid()], true, Now);
        agenda.VoegAmbitieToe("Een groen plein", "Waar nu de parkeerplaats is", null, new HashSet<Guid>(), Bewoners);
        if (publiceer)
            agenda.Publiceer(null, Now);
        return agenda;
    }

    private static Verzoek Verzoek(Wijktoekomstagenda? agenda = null, int weken = Reactietermijn.StandaardWeken) =>
        new(agenda ?? Agenda(), null, Corporatie, "info@corporatie.example.org", "Wilt u het plein vergroenen?", weken, Gemeenschapskracht.Domain.Verzoeken.Verzoek.Hash("geheim"), Bewoners);

    [Fact]
    public void The_response_deadline_is_six_weeks_by_default_and_the_gemeentes_own_when_set()
    {
        Assert.Equal(new DateOnly(2026, 4, 13), Verzoek().Uiterlijk);
        Assert.Equal(new DateOnly(2026, 3, 16), Verzoek(weken: 2).Uiterlijk);
        Assert.Throws<DomainException>(() => new Reactietermijn(0, Now));
        Assert.Throws<DomainException>(() => new Reactietermijn(27, Now));
    }

    [Fact]
    public void A_request_goes_out_from_a_published_agenda_to_an_organisation_with_an_email_address()
    {
        Assert.Throws<DomainException>(() => Verzoek(Agenda(publiceer: false)));
        Assert.Throws<DomainException>(() => new Verzoek(Agenda(), null, Corporatie, null, "Vraag", 6, "hash", Bewoners));
        Assert.Throws<DomainException>(() => new Verzoek(Agenda(), Guid.NewGuid(), Corporatie, "a@b.nl", "Vraag", 6, "hash", Bewoners));
    }

    [Fact]
    public void An_answer_after_the_deadline_is_recorded_as_late_not_refused()
    {
        var opTijd = Verzoek();
        opTijd.Beantwoord("Ja, in 2027", null, [], "Woonstichting", AgendaStatus.Gepubliceerd, Now.AddDays(10));
        Assert.Equal(Antwoordstand.OpTijd, opTijd.Stand(Kalender.Dag(Now.AddDays(60))));

        var laat = Verzoek();
        Assert.Equal(Antwoordstand.NietBeantwoord, laat.Stand(new DateOnly(2026, 4, 14)));
        laat.Beantwoord(null, "https://corporatie.example.org/antwoord", [], "via de antwoordlink", AgendaStatus.InUitvoering, Now.AddDays(50));
        Assert.True(laat.TeLaat);
        Assert.Equal(Antwoordstand.TeLaat, laat.Stand(new DateOnly(2026, 5, 1)));
        Assert.Throws<DomainException>(() => laat.Beantwoord("Nog eens", null, [], "x", AgendaStatus.InUitvoering, Now.AddDays(51)));
    }

    [Fact]
    public void An_answer_to_a_request_of_an_archived_agenda_is_refused()
    {
        var verzoek = Verzoek();
        Assert.Throws<DomainException>(() => verzoek.Beantwoord("Ja", null, [], "x", AgendaStatus.Gearchiveerd, Now));
        Assert.Equal(VerzoekStatus.Verzonden, verzoek.Status);
    }

    [Fact]
    public void An_answer_has_a_text_or_a_link_and_every_toezegging_has_a_due_date()
    {
        var verzoek = Verzoek();
        Assert.Throws<DomainException>(() => verzoek.Beantwoord(" ", null, [], "x", AgendaStatus.Gepubliceerd, Now));
        Assert.Throws<DomainException>(() => verzoek.Beantwoord("Ja", null, [("Bankjes", null)], "x", AgendaStatus.Gepubliceerd, Now));
        Assert.Throws<DomainException>(() => verzoek.Beantwoord("Ja", null, [("Bankjes", new DateOnly(2026, 1, 1))], "x", AgendaStatus.Gepubliceerd, Now));
        verzoek.Beantwoord("Ja", null, [("Bankjes op het plein", new DateOnly(2026, 9, 1))], "x", AgendaStatus.Gepubliceerd, Now);
        Assert.Equal(ToezeggingVoortgang.Open, Assert.Single(verzoek.Toezeggingen).Voortgang);
    }

    [Fact]
    public void J10_chases_an_overdue_answer_once()
    {
        var verzoek = Verzoek();
        Assert.False(verzoek.MaanAntwoord(Now.AddDays(41)));
        Assert.True(verzoek.MaanAntwoord(Now.AddDays(43)));
        Assert.False(verzoek.MaanAntwoord(Now.AddDays(44)));
    }

    [Fact]
    public void J10_chases_an_overdue_toezegging_once_and_a_kept_one_never()
    {
        var verzoek = Verzoek();
        verzoek.Beantwoord("Ja", null, [("Bankjes", new DateOnly(2026, 5, 1)), ("Bomen", new DateOnly(2026, 5, 1))], "x", AgendaStatus.Gepubliceerd, Now);
        verzoek.ZetToezegging(verzoek.Toezeggingen[1].Id, ToezeggingVoortgang.Nagekomen);
        Assert.Empty(verzoek.MaanToezeggingen(new DateOnly(2026, 5, 1)));
        Assert.Equal("Bankjes", Assert.Single(verzoek.MaanToezeggingen(new DateOnly(2026, 5, 2))).Omschrijving);
        Assert.Empty(verzoek.MaanToezeggingen(new DateOnly(2026, 5, 3)));
        Assert.Throws<DomainException>(() => verzoek.ZetToezegging(verzoek.Toezeggingen[1].Id, ToezeggingVoortgang.NietNagekomen));
    }

    [Fact]
    public void Only_the_hash_of_the_answer_secret_is_kept_and_secrets_differ()
    {
        var sleutel = Gemeenschapskracht.Domain.Verzoeken.Verzoek.NieuweSleutel();
        Assert.NotEqual(sleutel, Gemeenschapskracht.Domain.Verzoeken.Verzoek.NieuweSleutel());
        Assert.True(sleutel.Length >= 43);
        Assert.Equal(64, Gemeenschapskracht.Domain.Verzoeken.Verzoek.Hash(sleutel).Length);
        Assert.DoesNotContain(sleutel, Gemeenschapskracht.Domain.Verzoeken.Verzoek.Hash(sleutel));
    }
}
