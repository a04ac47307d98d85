using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class SterkhouderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Guid Wijk = Guid.NewGuid();

    private static Sterkhouder Fatima() =>
        new(Wijk, " Fatima el Amrani ", SterkhouderRol.Gesprekspartner, "de moskee", "06 12345678", new DateOnly(2026, 2, 20), " mondeling, bij de moskee ", Now);

    [Fact]
    public void A_sterkhouder_is_recorded_with_consent()
    {
        var sterkhouder = Fatima();

        Assert.Equal(Wijk, sterkhouder.GebiedId);
        Assert.Equal("Fatima el Amrani", sterkhouder.Naam);
        Assert.Equal(SterkhouderRol.Gesprekspartner, sterkhouder.Rol);
        Assert.Equal("de moskee", sterkhouder.Domein);
        Assert.Equal(new DateOnly(2026, 2, 20), sterkhouder.ToestemmingOp);
        Assert.Equal("mondeling, bij de moskee", sterkhouder.ToestemmingWijze);
        Assert.Equal(SterkhouderStatus.ToestemmingGegeven, sterkhouder.Status);
        Assert.Null(sterkhouder.IngetrokkenOp);
    }

    [Theory]
    [InlineData(false, "mondeling")]
    [InlineData(true, null)]
    [InlineData(true, "  ")]
    public void A_sterkhouder_without_consent_is_refused(bool metDatum, string? wijze)
    {
        var fout = Assert.Throws<DomainException>(() =>
            new Sterkhouder(Wijk, "Fatima el Amrani", SterkhouderRol.Informant, null, null, metDatum ? new DateOnly(2026, 2, 20) : null, wijze, Now));

        Assert.Contains("toestemming", fout.Message);
    }

    [Fact]
    public void Consent_cannot_be_given_in_the_future()
    {
        Assert.Throws<DomainException>(() =>
            new Sterkhouder(Wijk, "Fatima el Amrani", SterkhouderRol.Informant, null, null, new DateOnly(2026, 3, 2), "per e-mail", Now));
    }

    [Fact]
    public void Consent_given_today_in_the_Netherlands_is_not_in_the_future()
    {
        var laatInDeAvond = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

        var sterkhouder = new Sterkhouder(Wijk, "Fatima el Amrani", SterkhouderRol.Informant, null, null, new DateOnly(2026, 3, 2), "per e-mail", laatInDeAvond);

        Assert.Equal(new DateOnly(2026, 3, 2), sterkhouder.ToestemmingOp);
    }

    [Fact]
    public void Withdrawing_consent_anonymises_the_sterkhouder()
    {
        var sterkhouder = Fatima();

        sterkhouder.TrekToestemmingIn(Now.AddDays(5));

        Assert.Equal(Sterkhouder.Geanonimiseerd, sterkhouder.Naam);
        Assert.Null(sterkhouder.Domein);
        Assert.Null(sterkhouder.Contact);
        Assert.Equal(Sterkhouder.Geanonimiseerd, sterkhouder.ToestemmingWijze);
        Assert.Equal(SterkhouderStatus.Ingetrokken, sterkhouder.Status);
        Assert.Equal(Now.AddDays(5), sterkhouder.IngetrokkenOp);
        Assert.Equal(SterkhouderRol.Gesprekspartner, sterkhouder.Rol);
        Assert.Equal(Wijk, sterkhouder.GebiedId);
    }

    [Fact]
    public void Consent_cannot_be_withdrawn_twice()
    {
        var sterkhouder = Fatima();
        sterkhouder.TrekToestemmingIn(Now.AddDays(5));

        Assert.Throws<DomainException>(() => sterkhouder.TrekToestemmingIn(Now.AddDays(6)));

        Assert.Equal(Now.AddDays(5), sterkhouder.IngetrokkenOp);
    }

    [Fact]
    public void What_identifies_the_person_is_marked_as_personal_data()
    {
        var gemarkeerd = typeof(Sterkhouder).GetProperties()
            .Where(p => p.IsDefined(typeof(PersoonsgegevenAttribute), inherit: false)).Select(p => p.Name).Order();

        Assert.Equal([nameof(Sterkhouder.Contact), nameof(Sterkhouder.Domein), nameof(Sterkhouder.Naam), nameof(Sterkhouder.ToestemmingWijze)], gemarkeerd);
    }
}
