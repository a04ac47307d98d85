using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class WijktoekomstagendaTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Wijk = Guid.NewGuid();
    private static readonly Guid Trekker = Guid.NewGuid();
    private static readonly Guid Waarde = Guid.NewGuid();
    private static readonly IReadOnlySet<Guid> Kader = new HashSet<Guid> { Waarde };
    private static readonly Herkomst Bewoners = new(Kant.Bewoners, "Bewonersraad Noord", Now);
    private static readonly Herkomst Gemeente = new(Kant.Gemeente, "Beleidsmedewerker", Now.AddHours(1));

    private static Wijktoekomstagenda Concept(int horizon = 10, int start = 2026) =>
        Wijktoekomstagenda.Eerste(Wijk, "Noord in 2036", "Waar we naartoe willen", horizon, start, null, [Trekker], trekkerIsBewonersorganisatie: true, Now);

    private static Wijktoekomstagenda Gepubliceerd(int horizon = 10, int start = 2026)
    {
        var agenda = Concept(horizon, start);
        agenda.VoegAmbitieToe("Een groen plein", "Waar nu de parkeerplaats is", Waarde, Kader, Bewoners);
        agenda.Publiceer(null, Now);
        return agenda;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(15)]
    public void The_horizon_is_five_or_ten_years(int jaren)
    {
        Assert.Throws<DomainException>(() => Concept(jaren));
        Assert.Equal(5, Concept(5).HorizonJaren);
    }

    [Fact]
    public void An_agenda_is_led_by_a_residents_organisation()
    {
        Assert.Throws<DomainException>(() => Wijktoekomstagenda.Eerste(Wijk, "Noord", null, 5, 2026, null, [Trekker], trekkerIsBewonersorganisatie: false, Now));
        Assert.Throws<DomainException>(() => Wijktoekomstagenda.Eerste(Wijk, "Noord", null, 5, 2026, null, [], trekkerIsBewonersorganisatie: true, Now));
    }

    [Fact]
    public void An_ambition_is_captured_as_a_dream_without_owner_budget_or_kpi()
    {
        var agenda = Concept();
        var ambitie = agenda.VoegAmbitieToe("Een groen plein", "Waar nu de parkeerplaats is", null, Kader, Bewoners);
        Assert.Equal(AmbitieStatus.Gedroomd, ambitie.Status);
        Assert.True(ambitie.IsEigenDoel);
        Assert.Empty(ambitie.Werkgroepen);
    }

    [Fact]
    public void An_ambition_is_tagged_to_a_public_value_of_the_kader_in_force_or_is_an_own_goal()
    {
        var agenda = Concept();
        Assert.Throws<DomainException>(() => agenda.VoegAmbitieToe("Plein", "Groen", Guid.NewGuid(), Kader, Bewoners));
        Assert.Empty(agenda.Ambities);
        Assert.Equal(Waarde, agenda.VoegAmbitieToe("Plein", "Groen", Waarde, Kader, Bewoners).PubliekeWaardeId);
    }

    [Fact]
    public void An_ambition_goes_step_by_step_and_is_let_go_only_with_a_reason()
    {
        var agenda = Gepubliceerd();
        var id = agenda.Ambities[0].AmbitieId;
        Assert.Throws<DomainException>(() => agenda.ZetAmbitieStatus(id, AmbitieStatus.Opgepakt, null, Bewoners));
        agenda.ZetAmbitieStatus(id, AmbitieStatus.Geagendeerd, null, Bewoners);
        agenda.ZetAmbitieStatus(id, AmbitieStatus.Opgepakt, null, Bewoners);
        Assert.Throws<DomainException>(() => agenda.ZetAmbitieStatus(id, AmbitieStatus.Losgelaten, " ", Bewoners));
        agenda.ZetAmbitieStatus(id, AmbitieStatus.Losgelaten, "Geen plek gevonden", Bewoners);
        Assert.Equal("Geen plek gevonden", agenda.Ambities[0].LosgelatenReden);
        Assert.Throws<DomainException>(() => agenda.ZetAmbitieStatus(id, AmbitieStatus.Gerealiseerd, null, Bewoners));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public void The_gemeente_cannot_change_or_let_go_what_residents_wrote_but_can_comment_G8()
    {
        var agenda = Concept();
        var ambitie = agenda.VoegAmbitieToe("Een groen plein", "Waar nu de parkeerplaats is", Waarde, Kader, Bewoners);
        Assert.Throws<DomainException>(() => agenda.WijzigAmbitie(ambitie.AmbitieId, "Een parkeerplaats", "Toch niet", Waarde, Kader, Gemeente));
        Assert.Throws<DomainException>(() => agenda.ZetAmbitieStatus(ambitie.AmbitieId, AmbitieStatus.Losgelaten, "Te duur", Gemeente));
        agenda.Opmerken(ambitie.AmbitieId, Gemeente, "Kijk ook naar de subsidie groen");
        Assert.Equal("Een groen plein", ambitie.Titel);
        Assert.Equal(AmbitieStatus.Gedroomd, ambitie.Status);
        Assert.Equal(Kant.Gemeente, Assert.Single(ambitie.Opmerkingen).Kant);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G1)]
    public void Ambitions_keep_the_order_of_writing_and_have_no_rank_G1()
    {
        var agenda = Concept();
        var eerste = agenda.VoegAmbitieToe("Eerste", "a", null, Kader, Bewoners);
        var tweede = agenda.VoegAmbitieToe("Tweede", "b", null, Kader, Bewoners);
        Assert.Equal([eerste, tweede], agenda.Ambities);
        var namen = typeof(Ambitie).GetProperties().Select(p => p.Name.ToLowerInvariant());
        Assert.DoesNotContain(namen, n => n.Contains("rang") || n.Contains("stem") || n.Contains("score") || n.Contains("prioriteit") || n.Contains("vote") || n.Contains("rank"));
    }

    [Fact]
    public void Only_a_concept_with_ambitions_is_published_and_a_new_version_archives_the_old_one()
    {
        var leeg = Concept();
        Assert.Throws<DomainException>(() => leeg.Publiceer(null, Now));
        var v1 = Gepubliceerd();
        Assert.Throws<DomainException>(() => v1.Publiceer(null, Now));
        Assert.NotNull(v1.GepubliceerdOp);

        var v2 = Wijktoekomstagenda.NieuweVersieVan(v1, "Noord herijkt", null, 10, 2026, null, Now.AddDays(1));
        Assert.Equal(2, v2.Versie);
        Assert.Equal(v1.Ambities[0].AmbitieId, v2.Ambities[0].AmbitieId);
        Assert.NotEqual(v1.Ambities[0].Id, v2.Ambities[0].Id);
        Assert.Throws<DomainException>(() => Wijktoekomstagenda.NieuweVersieVan(v2, "Nog een", null, 10, 2026, null, Now));
        v2.Publiceer(v1, Now.AddDays(2));
        Assert.Equal(AgendaStatus.Gearchiveerd, v1.Status);
        Assert.Throws<DomainException>(() => v1.Opmerken(v1.Ambities[0].AmbitieId, Gemeente, "Te laat"));
    }

    [Fact]
    public void Ambitions_are_written_in_the_concept_or_during_a_herijking()
    {
        var agenda = Gepubliceerd();
        agenda.StartUitvoering(Now);
        Assert.Throws<DomainException>(() => agenda.VoegAmbitieToe("Nieuw", "x", null, Kader, Bewoners));
        Assert.NotNull(agenda.MarkeerVoorHerijking(new DateOnly(2031, 7, 1)));
        agenda.VoegAmbitieToe("Nieuw", "x", null, Kader, Bewoners);
        agenda.StartUitvoering(Now);
        Assert.Equal(AgendaStatus.InUitvoering, agenda.Status);
    }

    [Fact]
    public void The_distribution_log_is_kept_for_a_published_agenda()
    {
        Assert.Throws<DomainException>(() => Concept().Verspreid(Verspreidingswijze.HuisAanHuis, "Vogelbuurt", new DateOnly(2026, 3, 2), 400, Now));
        var agenda = Gepubliceerd();
        Assert.Throws<DomainException>(() => agenda.Verspreid(Verspreidingswijze.HuisAanHuis, "Vogelbuurt", new DateOnly(2026, 2, 1), 400, Now));
        agenda.Verspreid(Verspreidingswijze.HuisAanHuis, "Vogelbuurt", new DateOnly(2026, 3, 2), 400, Now);
        agenda.Verspreid(Verspreidingswijze.Online, "Wijkwebsite", new DateOnly(2026, 3, 2), null, Now);
        Assert.Equal(2, agenda.Verspreidingen.Count);
    }

    [Fact]
    public void J4_marks_the_agenda_for_herijking_at_mid_horizon_and_at_the_end_each_once()
    {
        var agenda = Gepubliceerd(horizon: 5, start: 2026);
        agenda.StartUitvoering(Now);
        Assert.Null(agenda.MarkeerVoorHerijking(new DateOnly(2028, 6, 30)));
        Assert.Equal(Herijkingsmoment.Halverwege, agenda.MarkeerVoorHerijking(new DateOnly(2028, 7, 1)));
        Assert.Equal(AgendaStatus.Herijking, agenda.Status);
        Assert.Null(agenda.MarkeerVoorHerijking(new DateOnly(2028, 7, 2)));
        agenda.StartUitvoering(Now);
        Assert.Null(agenda.MarkeerVoorHerijking(new DateOnly(2029, 1, 1)));
        Assert.Equal(Herijkingsmoment.Einde, agenda.MarkeerVoorHerijking(new DateOnly(2031, 1, 1)));
        Assert.Null(agenda.MarkeerVoorHerijking(new DateOnly(2031, 1, 2)));
        Assert.Equal([Herijkingsmoment.Halverwege, Herijkingsmoment.Einde], agenda.Herijkingen);
    }

    [Fact]
    public void J4_leaves_a_concept_alone()
    {
        Assert.Null(Concept(5, 2020).MarkeerVoorHerijking(new DateOnly(2026, 1, 1)));
    }
}
