using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Uitdagingen;
using Gemeenschapskracht.Domain.Wijkbeelden;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// The people of the wijk's records: a sterkhouder, the contact of a challenge under the uitdaagrecht and the
/// professionals of a dienstverleningsafspraak. The record stays (the role, the decision, the agreement); the person
/// who asks becomes the pseudonym, the others stay who they are (AVG art. 17).
/// </summary>
public sealed class WijkAvgTests
{
    private static readonly DateTimeOffset Maart2026 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Sterkhouder Sterkhouder(string naam = "Fatima el Amrani", string? contact = "fatima@example.org") =>
        new(Guid.NewGuid(), naam, SterkhouderRol.Meedenker, "de moskee", contact, new DateOnly(2026, 2, 20), "mondeling, bij de moskee", Maart2026);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_a_sterkhouder_withdraws_her_consent_and_names_her_by_the_pseudonym()
    {
        var sterkhouder = Sterkhouder();
        var betrokkene = new Betrokkene(" Fatima@Example.org", null, null);
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Equal(
            [
                new Gegeven("Naam", "Fatima el Amrani"), new Gegeven("Rol", "Meedenker"), new Gegeven("Domein", "de moskee"),
                new Gegeven("Contact", "fatima@example.org"), new Gegeven("Toestemming", "20-02-2026, mondeling, bij de moskee"),
            ],
            sterkhouder.GegevensVan(betrokkene));

        sterkhouder.Anonimiseer(betrokkene, pseudoniem, Maart2026.AddDays(4));

        Assert.Equal((pseudoniem, SterkhouderStatus.Ingetrokken, Maart2026.AddDays(4)), (sterkhouder.Naam, sterkhouder.Status, sterkhouder.IngetrokkenOp));
        Assert.Equal((null, null, Gemeenschapskracht.Domain.Wijkbeelden.Sterkhouder.Geanonimiseerd), (sterkhouder.Domein, sterkhouder.Contact, sterkhouder.ToestemmingWijze));
        Assert.Equal(SterkhouderRol.Meedenker, sterkhouder.Rol);
        Assert.Empty(sterkhouder.GegevensVan(betrokkene));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_sterkhouder_who_is_someone_else_keeps_her_consent()
    {
        var jan = Sterkhouder("Jan de Vries", "06 12345678");

        jan.Anonimiseer(new Betrokkene("fatima@example.org", "Jan", null), Pseudoniem.Nieuw(), Maart2026);

        Assert.Equal(("Jan de Vries", "06 12345678", SterkhouderStatus.ToestemmingGegeven, null), (jan.Naam, jan.Contact, jan.Status, jan.IngetrokkenOp));
    }

    private static readonly DateTimeOffset Februari2027 = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static Uitdaging Uitdaging(Guid? organisatie = null, string? contactnaam = "Fatima el Amrani", string? contactEmail = "Fatima@Example.org") =>
        new(new Participatieverordening(1, "Participatieverordening Voorbeeld 2026", new DateOnly(2026, 11, 12), 8, 10,
                [("Meerwaarde", "Beter of dichter bij de buurt.")], ["Handhaving"], Februari2027),
            organisatie, organisatie is null ? "Bewoners Oost" : null, contactnaam, contactEmail, "Groenonderhoud", null, "Wij kunnen het.",
            new Bedrag(1_000_00), new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30), Februari2027);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_challenge_keeps_its_group_and_decision_and_takes_the_pseudonym_for_its_contact()
    {
        var uitdaging = Uitdaging();
        var betrokkene = new Betrokkene("fatima@example.org", null, null);
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Equal(
            [
                new Gegeven("Uitdaging", uitdaging.Kenmerk), new Gegeven("Naam contactpersoon", "Fatima el Amrani"),
                new Gegeven("E-mailadres contactpersoon", "Fatima@Example.org"), new Gegeven("Ingediend op", "01-02-2027"),
            ],
            uitdaging.GegevensVan(betrokkene));
        uitdaging.BeslisOntvankelijkheid(false, "De taak is geen taak van de gemeente.", "Beleid", Februari2027.AddDays(5));

        uitdaging.Anonimiseer(betrokkene, pseudoniem, Februari2027.AddDays(6));

        Assert.Equal((pseudoniem, null), (uitdaging.Contactnaam, uitdaging.ContactEmail));
        Assert.Equal(("Bewoners Oost", UitdagingStatus.NietOntvankelijk, "De taak is geen taak van de gemeente."),
            (uitdaging.Groepsnaam, uitdaging.Status, uitdaging.NietOntvankelijkReden));
        Assert.Empty(uitdaging.GegevensVan(betrokkene));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_challenge_with_another_contact_or_none_is_left_alone()
    {
        var ander = Uitdaging(contactnaam: "Jan de Vries", contactEmail: "jan@example.org");
        var vanOrganisatie = Uitdaging(Guid.NewGuid(), null, null);
        var fatima = new Betrokkene("fatima@example.org", "Fatima el Amrani", null);

        ander.Anonimiseer(fatima, Pseudoniem.Nieuw(), Februari2027);
        vanOrganisatie.Anonimiseer(fatima, Pseudoniem.Nieuw(), Februari2027);

        Assert.Equal(("Jan de Vries", "jan@example.org"), (ander.Contactnaam, ander.ContactEmail));
        Assert.Equal((null, null), (vanOrganisatie.Contactnaam, vanOrganisatie.ContactEmail));
        Assert.Empty(vanOrganisatie.GegevensVan(fatima));
    }

    private static Dienstverleningsafspraak Afspraak(params string[] professionals)
    {
        var budget = Toegekend(Vastgesteld());
        var inhoud = new Afspraakinhoud(Guid.NewGuid(), Guid.NewGuid(), Opdrachtgeverschap.Opdrachtgever, SoortWerk.Opbouwwerk,
            "Bewoners van de Oostbuurt organiseren zelf hun buurtavonden en weten elkaar te vinden.",
            "De opbouwwerker werkt vanuit het buurthuis, sluit aan bij wat bewoners al doen en trekt zich terug waar zij het overnemen.",
            16, new Bedrag(25_000_00), new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31),
            new Zeggenschap("Twee bewoners zitten in de selectiecommissie.", "Elk kwartaal stelt de bewonersorganisatie de prioriteiten bij.",
                "De bewonersorganisatie legt elk jaar haar oordeel vast."), professionals);
        return new Dienstverleningsafspraak(budget, budget.Regels[0].Id, inhoud, Now);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_agreement_gives_only_the_matching_professional()
    {
        var afspraak = Afspraak("Fatima el Amrani", "Jan de Vries");

        Assert.Equal([new Gegeven("Professional", "Fatima el Amrani")], afspraak.GegevensVan(new Betrokkene(null, "FATIMA EL  AMRANI", null)));
        Assert.Empty(afspraak.GegevensVan(new Betrokkene(null, "Jan", null)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_anonymising_an_agreement_replaces_only_the_matching_professional()
    {
        var afspraak = Afspraak("Jan de Vries", "Fatima el Amrani", "Sanne Bakker");
        var pseudoniem = Pseudoniem.Nieuw();

        afspraak.Anonimiseer(new Betrokkene(null, "fatima el amrani", null), pseudoniem, Now);

        Assert.Equal(["Jan de Vries", pseudoniem, "Sanne Bakker"], afspraak.Professionals);
        Assert.Equal((DienstverleningsafspraakStatus.Verkend, new Bedrag(50_000_00)), (afspraak.Status, afspraak.Totaalprijs));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_an_agreement_without_the_person_is_unchanged()
    {
        var afspraak = Afspraak("Jan de Vries", "Sanne Bakker");

        afspraak.Anonimiseer(new Betrokkene(null, "Jan", null), Pseudoniem.Nieuw(), Now);
        afspraak.Anonimiseer(new Betrokkene(null, "Fatima el Amrani", null), Pseudoniem.Nieuw(), Now);

        Assert.Equal(["Jan de Vries", "Sanne Bakker"], afspraak.Professionals);
    }
}
