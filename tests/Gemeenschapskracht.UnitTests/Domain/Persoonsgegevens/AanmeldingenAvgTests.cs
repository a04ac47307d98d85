using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// What a BuurtTop registration, a BuurtTop invitation and an ervaringsconferentie registration hold about a person
/// (AVG art. 15), and how the person leaves them (art. 17): the record stays with its category and status, the person
/// becomes the pseudonym; after the gemeente's term the name and address go (art. 5 lid 1 sub e).
/// </summary>
public sealed class AanmeldingenAvgTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Betrokkene Fatima = new("  FATIMA@Example.org", null, null);

    /// <summary>Announced and not yet held: open for registrations and invitations.</summary>
    private static BuurtTop OpenBuurtTop(int? capaciteit = null) =>
        new(Guid.NewGuid(), "BuurtTop Noord", new DateOnly(2026, 6, 13), "Buurthuis De Ster", capaciteit, Now);

    private static Aanmelding MeldAan(string naam = "F. el Amrani", string email = " Fatima@Example.org ",
        Deelnemerscategorie categorie = Deelnemerscategorie.Bewoners, BuurtTop? buurtTop = null, int aangemeld = 0) =>
        (buurtTop ?? OpenBuurtTop()).MeldAan(naam, email, categorie, true, Aanmelding.ToestemmingVersieHuidig, aangemeld, "hash", Now);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_aanmelding_gives_the_person_her_name_address_and_registration()
    {
        var aanmelding = MeldAan();

        Assert.Equal(
            [
                new Gegeven("Naam", "F. el Amrani"), new Gegeven("E-mailadres", "fatima@example.org"), new Gegeven("Categorie", "Bewoners"),
                new Gegeven("Aangemeld op", "01-03-2026"), new Gegeven("Toestemming", Aanmelding.ToestemmingVersieHuidig),
            ],
            aanmelding.GegevensVan(Fatima));
        Assert.Equal(5, aanmelding.GegevensVan(new Betrokkene(null, "f.  EL amrani", null)).Count);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_aanmelding_gives_nothing_to_someone_else_nor_to_a_part_of_the_name()
    {
        var aanmelding = MeldAan();

        Assert.Empty(aanmelding.GegevensVan(new Betrokkene("joop@example.org", "Joop Jansen", "NL20INGB0001234567")));
        Assert.Empty(aanmelding.GegevensVan(new Betrokkene(null, "el Amrani", null)));
        Assert.Empty(aanmelding.GegevensVan(new Betrokkene("fatima@example.nl", null, null)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_an_aanmelding_replaces_the_name_clears_the_address_and_keeps_status_and_category()
    {
        var buurtTop = OpenBuurtTop(capaciteit: 1);
        var aanmelding = MeldAan(categorie: Deelnemerscategorie.Ondernemers, buurtTop: buurtTop, aangemeld: 1);
        var pseudoniem = Pseudoniem.Nieuw();

        aanmelding.Anonimiseer(new Betrokkene(null, "f.  EL amrani", null), pseudoniem, Now.AddDays(2));

        Assert.Equal((pseudoniem, null), (aanmelding.Naam, aanmelding.Email));
        Assert.Equal((AanmeldingStatus.Wachtlijst, Deelnemerscategorie.Ondernemers, buurtTop.Id), (aanmelding.Status, aanmelding.Categorie, aanmelding.BuurtTopId));
        Assert.Equal((Aanmelding.ToestemmingVersieHuidig, Now), (aanmelding.ToestemmingVersie, aanmelding.AangemeldOp));
        Assert.Null(aanmelding.GewistOp);
        Assert.Empty(aanmelding.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_another_person_leaves_an_aanmelding_as_it_was()
    {
        var aanmelding = MeldAan("Jan de Vries", "jan@example.org");

        aanmelding.Anonimiseer(new Betrokkene("fatima@example.org", "Jan", null), Pseudoniem.Nieuw(), Now);

        Assert.Equal(("Jan de Vries", "jan@example.org", AanmeldingStatus.Aangemeld), (aanmelding.Naam, aanmelding.Email, aanmelding.Status));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Avg5_1e_after_the_term_an_aanmelding_is_erased_once_and_the_second_time_nothing_changes()
    {
        var aanmelding = MeldAan(categorie: Deelnemerscategorie.Sterkhouders);
        var eerst = new DateTimeOffset(2026, 12, 14, 3, 0, 0, TimeSpan.Zero);

        Assert.True(aanmelding.WisNaBewaartermijn(eerst));
        Assert.Equal((Aanmelding.Gewist, null, eerst), (aanmelding.Naam, aanmelding.Email, aanmelding.GewistOp));

        Assert.False(aanmelding.WisNaBewaartermijn(eerst.AddDays(1)));
        Assert.Equal(eerst, aanmelding.GewistOp);
        Assert.Equal((AanmeldingStatus.Aangemeld, Deelnemerscategorie.Sterkhouders), (aanmelding.Status, aanmelding.Categorie));
        Assert.Empty(aanmelding.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_invitation_gives_the_invited_address_its_category_and_day()
    {
        var uitnodiging = new BuurtTopUitnodiging(OpenBuurtTop(), Deelnemerscategorie.Ondernemers, " Fatima@Example.org ", "Beleidsmedewerker", Now);

        Assert.Equal([new Gegeven("E-mailadres", "fatima@example.org"), new Gegeven("Categorie", "Ondernemers"), new Gegeven("Uitgenodigd op", "01-03-2026")],
            uitnodiging.GegevensVan(Fatima));
        Assert.Empty(uitnodiging.GegevensVan(new Betrokkene("joop@example.org", null, null)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_an_invitation_puts_the_pseudonym_in_place_of_the_address_and_only_for_that_person()
    {
        var buurtTop = OpenBuurtTop();
        var haar = new BuurtTopUitnodiging(buurtTop, Deelnemerscategorie.Ondernemers, "fatima@example.org", "Beleidsmedewerker", Now);
        var zijn = new BuurtTopUitnodiging(buurtTop, Deelnemerscategorie.Ondernemers, "joop@example.org", "Beleidsmedewerker", Now);
        var pseudoniem = Pseudoniem.Nieuw();

        haar.Anonimiseer(Fatima, pseudoniem, Now);
        zijn.Anonimiseer(Fatima, pseudoniem, Now);

        Assert.Equal((pseudoniem, Deelnemerscategorie.Ondernemers), (haar.Email, haar.Categorie));
        Assert.Equal("joop@example.org", zijn.Email);
        Assert.Empty(haar.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_a_conference_registration_replaces_the_name_and_clears_the_address()
    {
        var aanmelding = new Conferentieaanmelding(Guid.NewGuid(), "F. el Amrani", " Fatima@Example.org ", true, Conferentieaanmelding.ToestemmingVersieHuidig, "h", Now);
        var ander = new Conferentieaanmelding(Guid.NewGuid(), "Joop", "joop@example.org", true, Conferentieaanmelding.ToestemmingVersieHuidig, "h", Now);
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Equal([new Gegeven("Naam", "F. el Amrani"), new Gegeven("E-mailadres", "fatima@example.org"), new Gegeven("Aangemeld op", "01-03-2026"),
            new Gegeven("Toestemming", Conferentieaanmelding.ToestemmingVersieHuidig)], aanmelding.GegevensVan(Fatima));

        aanmelding.Anonimiseer(Fatima, pseudoniem, Now);
        ander.Anonimiseer(Fatima, pseudoniem, Now);

        Assert.Equal((pseudoniem, null, false), (aanmelding.Naam, aanmelding.Email, aanmelding.IsAfgemeld));
        Assert.Equal(("Joop", "joop@example.org"), (ander.Naam, ander.Email));
    }
}
