using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Ervaringsconferenties;

namespace Gemeenschapskracht.UnitTests.Domain.Ervaringsconferenties;

public sealed class ErvaringsconferentieTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Dag = new(2027, 3, 20);

    private static Conferentieinhoud Inhoud(int? capaciteit = 2) =>
        new("Niemand eenzaam", "Ontmoeting", Dag, "De buurtkamer", "Wat werkt tegen eenzaamheid?", capaciteit, [new("19:30", "Verhalen", null)], []);

    [Fact]
    public void R6_5_a_conference_runs_planned_held_harvest_published_and_each_step_waits_for_the_one_before()
    {
        var c = new Ervaringsconferentie(Inhoud(), Now);
        Assert.Throws<DomainException>(() => c.PubliceerOogst(["Vaste tafel werkt."], Now));
        Assert.Throws<DomainException>(() => c.MarkeerGehouden(Dag.AddDays(-1), Now));

        c.MarkeerGehouden(Dag, Now);
        Assert.Throws<DomainException>(() => c.Wijzig(Inhoud(), 0, Now));
        Assert.Throws<DomainException>(() => c.PubliceerOogst([" "], Now));
        c.PubliceerOogst([" Vaste tafel werkt. "], Now);

        Assert.Equal(ConferentieStatus.OogstGepubliceerd, c.Status);
        Assert.Equal(["Vaste tafel werkt."], c.Lessen);
    }

    [Fact]
    public void R6_5_registration_closes_at_the_capacity_and_after_the_day_and_the_capacity_never_drops_below_the_registered()
    {
        var c = new Ervaringsconferentie(Inhoud(), Now);
        c.EnsureAanmeldbaar(1, Dag);
        Assert.Throws<DomainException>(() => c.EnsureAanmeldbaar(2, Dag));
        Assert.Throws<DomainException>(() => c.EnsureAanmeldbaar(0, Dag.AddDays(1)));
        Assert.Throws<DomainException>(() => c.Wijzig(Inhoud(capaciteit: 1), 2, Now));
        c.Wijzig(Inhoud(capaciteit: null), 2, Now);
        c.EnsureAanmeldbaar(500, Dag);
    }

    [Fact]
    public void AVG_a_registration_needs_consent_to_the_current_text_and_unsubscribing_removes_the_name_and_address()
    {
        Assert.Throws<DomainException>(() => new Conferentieaanmelding(Guid.NewGuid(), "Joop", "joop@example.org", false, Conferentieaanmelding.ToestemmingVersieHuidig, "h", Now));
        Assert.Throws<DomainException>(() => new Conferentieaanmelding(Guid.NewGuid(), "Joop", "joop@example.org", true, "oud", "h", Now));
        var a = new Conferentieaanmelding(Guid.NewGuid(), " Joop ", " JOOP@example.org ", true, Conferentieaanmelding.ToestemmingVersieHuidig, "h", Now);
        Assert.Equal(("Joop", "joop@example.org"), (a.Naam, a.Email));

        Assert.True(a.MeldAf(Now));
        Assert.False(a.MeldAf(Now));
        Assert.Equal(Conferentieaanmelding.Geanonimiseerd, a.Naam);
        Assert.Null(a.Email);
    }
}
