using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class CijferlezingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Bekend = ["Nettoarbeidsparticipatie", "HboWo", "HuishoudensMetEenLaagInkomen", "Koopwoningen"];

    [Fact]
    public void A_gemeente_reads_a_measure_otherwise_than_the_default()
    {
        var lezing = new Cijferlezing(Now);

        lezing.Zet(new Dictionary<string, Lens> { ["HuishoudensMetEenLaagInkomen"] = Lens.Context }, Bekend, Now);

        Assert.Equal(Lens.Context, lezing.Van("HuishoudensMetEenLaagInkomen"));
        Assert.Equal(Lens.Vitaliteit, lezing.Van("HboWo"));
    }

    [Fact]
    public void A_reading_equal_to_the_default_is_not_kept_so_a_later_default_reaches_the_gemeente()
    {
        var lezing = new Cijferlezing(Now);

        lezing.Zet(new Dictionary<string, Lens> { ["HboWo"] = Lens.Vitaliteit, ["Koopwoningen"] = Lens.Vitaliteit }, Bekend, Now);

        Assert.Equal(["Koopwoningen"], lezing.Afwijkingen.Keys);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G6)]
    public void G6_a_reading_that_leaves_no_vitality_measure_is_refused_and_changes_nothing()
    {
        var lezing = new Cijferlezing(Now);
        lezing.Zet(new Dictionary<string, Lens> { ["Koopwoningen"] = Lens.Vitaliteit }, Bekend, Now);

        var fout = Assert.Throws<DomainException>(() => lezing.Zet(Bekend.ToDictionary(m => m, _ => Lens.Probleem), Bekend, Now));

        Assert.Contains("G-6", fout.Message);
        Assert.Equal(Lens.Vitaliteit, lezing.Van("Koopwoningen"));
        Assert.Equal(Lens.Probleem, lezing.Van("HuishoudensMetEenLaagInkomen"));
    }

    [Fact]
    public void A_measure_the_gemeente_has_no_figures_of_cannot_be_read()
    {
        var lezing = new Cijferlezing(Now);

        Assert.Throws<DomainException>(() => lezing.Zet(new Dictionary<string, Lens> { ["Verzonnen"] = Lens.Context }, Bekend, Now));
        Assert.Empty(lezing.Afwijkingen);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G6)]
    public void G6_the_wijk_figures_follow_the_gemeente_reading()
    {
        var lezing = new Cijferlezing(Now);
        lezing.Zet(new Dictionary<string, Lens> { ["Koopwoningen"] = Lens.Vitaliteit }, Bekend, Now);
        Cijfer[] cijfers = [new("Koopwoningen", "Koopwoningen", "%", 40, "CBS", 2024, 50, null), new("HuishoudensMetEenLaagInkomen", "Laag inkomen", "%", 12, "CBS", 2024, 9, null)];

        var beeld = Cijferbeeld.Maak(cijfers, lezing.Van);

        Assert.Equal(["Koopwoningen"], beeld.Vitaliteit.Select(c => c.Maatstaf));
        Assert.Empty(beeld.Context);
        Assert.Null(beeld.VitaliteitOntbreekt);
    }
}
