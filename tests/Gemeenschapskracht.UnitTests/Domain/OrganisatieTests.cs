using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class OrganisatieTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Contactgegevens GeenContact = new(null, null, null, null);

    private static Organisatie Buurthuis() => new(" Buurthuis De Pijp ", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Stichting, " 12345678 ", Now);

    private static void Wijzig(Organisatie organisatie, Rechtsvorm rechtsvorm, string? kvknummer) =>
        organisatie.Wijzig("Buurthuis De Pijp", OrganisatieSoort.Bewonersorganisatie, rechtsvorm, kvknummer, null, [], [], GeenContact, Now.AddDays(1));

    [Fact]
    public void A_new_organisation_is_active_with_its_name_and_kvk_number_trimmed()
    {
        var organisatie = Buurthuis();

        Assert.Equal("Buurthuis De Pijp", organisatie.Naam);
        Assert.Equal("12345678", organisatie.Kvknummer);
        Assert.Equal(OrganisatieStatus.Actief, organisatie.Status);
        Assert.Empty(organisatie.WijkIds);
        Assert.Equal(Now, organisatie.AangemaaktOp);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("1234 5678")]
    [InlineData("１２３４５６７８")]
    public void A_kvk_number_is_eight_digits(string kvknummer)
    {
        Assert.False(Kvknummer.IsGeldig(kvknummer));
        Assert.Throws<DomainException>(() => new Organisatie("Buurthuis", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Stichting, kvknummer, Now));

        var organisatie = Buurthuis();
        Assert.Throws<DomainException>(() => Wijzig(organisatie, Rechtsvorm.Stichting, kvknummer));
        Assert.Equal("12345678", organisatie.Kvknummer);
        Assert.Equal(Now, organisatie.GewijzigdOp);
    }

    [Fact]
    public void An_informal_group_has_no_kvk_number()
    {
        Assert.Throws<DomainException>(() => new Organisatie("Moestuin", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, "12345678", Now));

        var groep = new Organisatie("Moestuin", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, "  ", Now);

        Assert.Null(groep.Kvknummer);
        Assert.Throws<DomainException>(() => Wijzig(groep, Rechtsvorm.Informeel, "12345678"));
        Assert.Null(groep.Kvknummer);
    }

    [Theory]
    [InlineData(Rechtsvorm.Stichting)]
    [InlineData(Rechtsvorm.Cooperatie)]
    [InlineData(Rechtsvorm.BeslotenVennootschap)]
    public void A_stichting_cooperatie_or_bv_is_registered_with_the_kvk(Rechtsvorm rechtsvorm)
    {
        Assert.Throws<DomainException>(() => new Organisatie("Energie Noord", OrganisatieSoort.Overig, rechtsvorm, null, Now));

        var organisatie = Buurthuis();
        Assert.Throws<DomainException>(() => Wijzig(organisatie, rechtsvorm, null));
        Assert.Equal("12345678", organisatie.Kvknummer);
    }

    [Fact]
    public void A_vereniging_without_a_notarial_deed_need_not_be_registered()
    {
        var vereniging = new Organisatie("Speeltuinvereniging", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Vereniging, null, Now);

        Assert.Null(vereniging.Kvknummer);
    }

    [Fact]
    public void Changing_replaces_the_data_and_lists_each_wijk_and_theme_once()
    {
        var organisatie = Buurthuis();
        var wijk = Guid.NewGuid();
        var waarde = Guid.NewGuid();
        var contact = new Contactgegevens("Fatima", "info@buurthuis.example.nl", null, "https://buurthuis.example.nl");

        organisatie.Wijzig("Buurthuis De Pijp-Zuid", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Vereniging, null, "  ",
            [wijk, wijk], [waarde, waarde], contact, Now.AddDays(1));

        Assert.Equal("Buurthuis De Pijp-Zuid", organisatie.Naam);
        Assert.Null(organisatie.Kvknummer);
        Assert.Null(organisatie.Omschrijving);
        Assert.Equal([wijk], organisatie.WijkIds);
        Assert.Equal([waarde], organisatie.PubliekeWaardeIds);
        Assert.Same(contact, organisatie.Contact);
        Assert.Equal(Now.AddDays(1), organisatie.GewijzigdOp);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G7)]
    public void A_stopped_organisation_is_kept_and_cannot_be_changed()
    {
        var organisatie = Buurthuis();
        var wijk = Guid.NewGuid();
        organisatie.Wijzig("Buurthuis De Pijp", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Stichting, "12345678", "Ontmoeting",
            [wijk], [], GeenContact, Now);

        organisatie.Stop(Now.AddDays(2));

        Assert.Equal(OrganisatieStatus.Gestopt, organisatie.Status);
        Assert.Equal("Buurthuis De Pijp", organisatie.Naam);
        Assert.Equal("Ontmoeting", organisatie.Omschrijving);
        Assert.Equal([wijk], organisatie.WijkIds);
        Assert.Throws<DomainException>(() => Wijzig(organisatie, Rechtsvorm.Vereniging, null));
        Assert.Throws<DomainException>(() => organisatie.Stop(Now.AddDays(3)));
        Assert.Equal(Rechtsvorm.Stichting, organisatie.Rechtsvorm);
        Assert.Equal("12345678", organisatie.Kvknummer);
        Assert.Equal(Now.AddDays(2), organisatie.GewijzigdOp);
    }

    [Fact]
    public void A_membership_of_a_gemeente_is_scoped_to_an_organisation_and_the_scope_can_be_lifted()
    {
        var lidmaatschap = new Lidmaatschap(Guid.NewGuid(), Guid.NewGuid(), [RolCatalogus.Bewonersorganisatie], Now);
        var organisatie = Guid.NewGuid();

        lidmaatschap.ScopeToOrganisatie(organisatie);
        Assert.Equal(organisatie, lidmaatschap.OrganisatieId);

        lidmaatschap.ScopeToOrganisatie(null);
        Assert.Null(lidmaatschap.OrganisatieId);
    }

    [Fact]
    public void A_platform_membership_belongs_to_no_organisation()
    {
        var lidmaatschap = new Lidmaatschap(Guid.NewGuid(), null, [RolCatalogus.PlatformBeheerder], Now);

        Assert.Throws<DomainException>(() => lidmaatschap.ScopeToOrganisatie(Guid.NewGuid()));

        Assert.Null(lidmaatschap.OrganisatieId);
    }

    [Fact]
    public void Only_a_role_held_for_an_organisation_is_scoped_to_one()
    {
        var lidmaatschap = new Lidmaatschap(Guid.NewGuid(), Guid.NewGuid(), [RolCatalogus.Beleidsmedewerker], Now);

        var fout = Assert.Throws<DomainException>(() => lidmaatschap.ScopeToOrganisatie(Guid.NewGuid()));

        Assert.Contains("bewonersorganisatie of professional", fout.Message);
        Assert.Null(lidmaatschap.OrganisatieId);
    }

    [Fact]
    public void Roles_and_organisation_change_together_so_a_scope_never_outlives_its_role()
    {
        var lidmaatschap = new Lidmaatschap(Guid.NewGuid(), Guid.NewGuid(), [RolCatalogus.Professional], Now);
        lidmaatschap.ScopeToOrganisatie(Guid.NewGuid());

        Assert.Throws<DomainException>(() => lidmaatschap.Wijzig([RolCatalogus.Raadslid], Guid.NewGuid()));
        lidmaatschap.Wijzig([RolCatalogus.Raadslid], null);

        Assert.Equal([RolCatalogus.Raadslid], lidmaatschap.RolLijst);
        Assert.Null(lidmaatschap.OrganisatieId);
    }

    [Fact]
    public void An_invitation_for_an_organisation_needs_a_role_held_for_one()
    {
        Assert.Throws<DomainException>(() =>
            new Uitnodiging("a@b.nl", Guid.NewGuid(), [RolCatalogus.Auditor], "hash", "beheerder", Now, Guid.NewGuid()));

        var uitnodiging = new Uitnodiging("a@b.nl", Guid.NewGuid(), [RolCatalogus.Bewonersorganisatie], "hash", "beheerder", Now, Guid.NewGuid());
        Assert.NotNull(uitnodiging.OrganisatieId);
    }
}
