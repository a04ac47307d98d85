using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Etalage;

namespace Gemeenschapskracht.UnitTests.Domain.Etalage;

public sealed class EtalageverhaalTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Foto = Guid.NewGuid();

    private static Etalageinhoud Inhoud(params Etalagefoto[] fotos) =>
        new("De buurtkamer", "Bewoners openden samen een buurtkamer.", "Begin klein en laat bewoners de sleutel houden.", "buurtkamer@example.org",
            Herkomst.WatWerkt, null, null, fotos);

    [Fact]
    public void R6_4_a_story_is_published_only_with_the_initiatives_consent()
    {
        var verhaal = new Etalageverhaal(Inhoud(), Guid.NewGuid(), Now);
        var zonder = Assert.Throws<DomainException>(() => verhaal.Publiceer([], Now));
        Assert.Contains("nog geen toestemming", zonder.Message);
        Assert.Throws<DomainException>(() => verhaal.GeefToestemming(" ", Now));

        verhaal.GeefToestemming("Fatima el Amrani, voorzitter", Now);
        verhaal.Publiceer([], Now);

        Assert.Equal(EtalageStatus.Gepubliceerd, verhaal.Status);
        Assert.True(verhaal.IsOpenbaar);
    }

    [Fact]
    public void R6_4_every_file_attached_to_a_published_story_is_a_photo_with_a_caption_and_consent()
    {
        Assert.Throws<DomainException>(() => new Etalageverhaal(Inhoud(new Etalagefoto(Foto, "Bewoners aan tafel", " ")), Guid.NewGuid(), Now));
        var verhaal = new Etalageverhaal(Inhoud(), Guid.NewGuid(), Now);
        verhaal.GeefToestemming("Het bestuur", Now);
        var los = Assert.Throws<DomainException>(() => verhaal.Publiceer([Foto], Now));
        Assert.Contains("zonder bijschrift en toestemming", los.Message);

        verhaal.Wijzig(Inhoud(new Etalagefoto(Foto, "Bewoners aan tafel in de buurtkamer", "De mensen op de foto")), Now);
        verhaal.GeefToestemming("Het bestuur", Now);
        verhaal.Publiceer([Foto], Now);
        Assert.Equal(EtalageStatus.Gepubliceerd, verhaal.Status);
    }

    [Fact]
    public void R6_4_a_change_asks_for_consent_again_and_a_published_story_is_no_longer_changed_only_archived()
    {
        var verhaal = new Etalageverhaal(Inhoud(), Guid.NewGuid(), Now);
        verhaal.GeefToestemming("Het bestuur", Now);
        verhaal.Wijzig(Inhoud() with { Titel = "De buurtkamer van de Oostbuurt" }, Now);
        Assert.Null(verhaal.Toestemming);
        Assert.Throws<DomainException>(() => verhaal.Archiveer(Now));

        verhaal.GeefToestemming("Het bestuur", Now);
        verhaal.Publiceer([], Now);
        Assert.Throws<DomainException>(() => verhaal.Wijzig(Inhoud(), Now));
        Assert.Throws<DomainException>(() => verhaal.GeefToestemming("Het bestuur", Now));
        verhaal.Archiveer(Now);

        Assert.Equal(EtalageStatus.Gearchiveerd, verhaal.Status);
        Assert.False(verhaal.IsOpenbaar);
    }
}
