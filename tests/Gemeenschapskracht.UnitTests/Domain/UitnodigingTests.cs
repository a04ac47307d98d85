using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Lidmaatschappen;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class UitnodigingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Uitnodiging Nieuw() =>
        new("Nieuwe.Collega@Example.NL ", Guid.NewGuid(), [RolCatalogus.Raadslid], "HASH", "beheerder", Now);

    [Fact]
    public void An_invitation_can_be_accepted_once_within_seven_days()
    {
        var uitnodiging = Nieuw();
        Assert.Equal("nieuwe.collega@example.nl", uitnodiging.Email);
        Assert.Null(uitnodiging.Blokkade(Now.AddDays(7)));

        uitnodiging.Accept(Now.AddDays(1));

        Assert.Equal("Deze uitnodiging is al gebruikt.", uitnodiging.Blokkade(Now.AddDays(2)));
        Assert.Throws<DomainException>(() => uitnodiging.Accept(Now.AddDays(2)));
    }

    [Fact]
    public void An_expired_invitation_is_refused()
    {
        var uitnodiging = Nieuw();
        Assert.StartsWith("Deze uitnodiging is verlopen.", uitnodiging.Blokkade(Now.AddDays(7).AddSeconds(1)));
        Assert.Throws<DomainException>(() => uitnodiging.Accept(Now.AddDays(8)));
        Assert.Null(uitnodiging.AcceptedAt);
    }

    [Fact]
    public void The_platform_role_cannot_be_given_in_a_gemeente_and_gemeente_roles_need_one()
    {
        Assert.Throws<DomainException>(() => new Uitnodiging("a@b.nl", Guid.NewGuid(), [RolCatalogus.PlatformBeheerder], "H", "x", Now));
        Assert.Throws<DomainException>(() => new Lidmaatschap(Guid.NewGuid(), null, [RolCatalogus.Raadslid], Now));
        Assert.Throws<DomainException>(() => new Lidmaatschap(Guid.NewGuid(), Guid.NewGuid(), ["koning"], Now));
        Assert.Throws<DomainException>(() => new Lidmaatschap(Guid.NewGuid(), Guid.NewGuid(), [], Now));
    }
}
