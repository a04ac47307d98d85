using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.UnitTests.Domain.Administraties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// The records that hold personal data say what they hold about a person and how that person leaves them (AVG art. 17):
/// the record stays, the person becomes the pseudonym; another person's record is untouched. Registrations and bank
/// details go after the gemeente's term (AVG art. 5 lid 1 sub e).
/// </summary>
public sealed class PersoonsgegevensHouderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Wijk = Guid.NewGuid();
    private const string GeldigIban = "NL91ABNA0417164300";
    private static readonly Betrokkene Fatima = new("  FATIMA@Example.nl", "fatima  EL Amrani", "nl91 abna 0417 1643 00");

    private static Sterkhouder Sterkhouder(string naam = "Fatima el Amrani") =>
        new(Wijk, naam, SterkhouderRol.Gesprekspartner, "de moskee", "06 12345678", new DateOnly(2026, 2, 20), "mondeling", Now);

    private static BuurtTop OpenBuurtTop()
    {
        var buurtTop = new BuurtTop(Wijk, "BuurtTop Noord", new DateOnly(2026, 6, 13), "Buurthuis De Ster", null, Now);
        buurtTop.KiesOrganisator(new Organisator(OrganisatorSoort.Bewonersorganisatie, [Guid.NewGuid()], [], "Wijkbudget", new Bedrag(1_500_000)), leidtBewoners: true, Now);
        buurtTop.StartVoorbereiding(Now);
        return buurtTop;
    }

    private static Aanmelding Aanmelding(string naam = "Fatima el Amrani", string email = "fatima@example.nl") =>
        OpenBuurtTop().MeldAan(naam, email, Deelnemerscategorie.Bewoners, true, Gemeenschapskracht.Domain.BuurtTops.Aanmelding.ToestemmingVersieHuidig, 0, "hash", Now);

    private static Declaratie Ingediend(string naam = "Fatima el Amrani", string iban = GeldigIban)
    {
        var administratie = new Administratie(AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);
        var gegevens = new Declaratiegegevens(new Bedrag(56_30), new DateOnly(2027, 4, 10), Activiteiten, "Verf voor de buurtbank", naam, iban);
        var declaratie = new Declaratie(administratie, 1, gegevens, Guid.NewGuid(), naam, April2027);
        declaratie.VervangBonnetje(Bonnetje.Van(declaratie.Id, "bon.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], April2027), April2027);
        declaratie.DienIn(Hostorganisatie.StandaardVierOgenDrempel, naam, April2027);
        return declaratie;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Anonymising_a_sterkhouder_withdraws_consent_and_names_her_by_the_pseudoniem()
    {
        var sterkhouder = Sterkhouder();
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Contains(new Gegeven("Naam", "Fatima el Amrani"), sterkhouder.GegevensVan(Fatima));

        sterkhouder.Anonimiseer(Fatima, pseudoniem, Now.AddDays(3));

        Assert.Equal(pseudoniem, sterkhouder.Naam);
        Assert.Equal((SterkhouderStatus.Ingetrokken, Now.AddDays(3)), (sterkhouder.Status, sterkhouder.IngetrokkenOp));
        Assert.Null(sterkhouder.Domein);
        Assert.Null(sterkhouder.Contact);
        Assert.Equal(SterkhouderRol.Gesprekspartner, sterkhouder.Rol);
        Assert.Empty(sterkhouder.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Anonymising_leaves_another_persons_sterkhouder_unchanged()
    {
        var jan = Sterkhouder("Jan de Vries");

        jan.Anonimiseer(new Betrokkene(null, "Jan", null), Pseudoniem.Nieuw(), Now.AddDays(3));
        jan.Anonimiseer(Fatima, Pseudoniem.Nieuw(), Now.AddDays(3));

        Assert.Equal(("Jan de Vries", "de moskee", "06 12345678", SterkhouderStatus.ToestemmingGegeven), (jan.Naam, jan.Domein, jan.Contact, jan.Status));
        Assert.Empty(jan.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Anonymising_an_aanmelding_replaces_the_name_clears_the_email_and_keeps_the_category()
    {
        var aanmelding = Aanmelding();
        var pseudoniem = Pseudoniem.Nieuw();
        Assert.Contains(new Gegeven("E-mailadres", "fatima@example.nl"), aanmelding.GegevensVan(Fatima));

        aanmelding.Anonimiseer(Fatima, pseudoniem, Now.AddDays(1));

        Assert.Equal(pseudoniem, aanmelding.Naam);
        Assert.Null(aanmelding.Email);
        Assert.Equal((Deelnemerscategorie.Bewoners, AanmeldingStatus.Aangemeld), (aanmelding.Categorie, aanmelding.Status));
        Assert.Empty(aanmelding.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void An_aanmelding_found_by_email_alone_is_anonymised_and_another_persons_is_not()
    {
        var doorEmail = Aanmelding(naam: "F.");
        var ander = Aanmelding("Jan de Vries", "jan@example.nl");

        doorEmail.Anonimiseer(new Betrokkene("fatima@example.nl", null, null), "Betrokkene ABCDEFGH", Now);
        ander.Anonimiseer(new Betrokkene("fatima@example.nl", "Jan", null), "Betrokkene ABCDEFGH", Now);

        Assert.Equal(("Betrokkene ABCDEFGH", null), (doorEmail.Naam, doorEmail.Email));
        Assert.Equal(("Jan de Vries", "jan@example.nl"), (ander.Naam, ander.Email));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void After_the_term_an_aanmelding_is_erased_once_and_its_category_stays()
    {
        var aanmelding = Aanmelding();
        var later = new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero);

        Assert.True(aanmelding.WisNaBewaartermijn(later));
        Assert.False(aanmelding.WisNaBewaartermijn(later.AddDays(1)));

        Assert.Equal((Gemeenschapskracht.Domain.BuurtTops.Aanmelding.Gewist, null, later), (aanmelding.Naam, aanmelding.Email, aanmelding.GewistOp));
        Assert.Equal(Deelnemerscategorie.Bewoners, aanmelding.Categorie);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Erasing_an_unsubscribed_aanmelding_keeps_its_unsubscribed_name()
    {
        var aanmelding = Aanmelding();
        aanmelding.MeldAf(Now);

        Assert.True(aanmelding.WisNaBewaartermijn(Now.AddMonths(8)));
        Assert.Equal(Gemeenschapskracht.Domain.BuurtTops.Aanmelding.Geanonimiseerd, aanmelding.Naam);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void A_declaratie_is_not_anonymised_while_it_is_neither_paid_nor_refused()
    {
        var declaratie = Ingediend();

        var fout = Assert.Throws<DomainException>(() => declaratie.Anonimiseer(Fatima, Pseudoniem.Nieuw(), April2027));

        Assert.Contains("wordt nog behandeld", fout.Message);
        Assert.Equal(("Fatima el Amrani", GeldigIban), (declaratie.NaamBegunstigde, declaratie.Iban));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void A_refused_declaratie_is_anonymised_and_stays_with_its_amount()
    {
        var declaratie = Ingediend();
        declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Past niet bij het doel van de groep.", "Boekhouder", April2027);
        var pseudoniem = Pseudoniem.Nieuw();

        declaratie.Anonimiseer(Fatima, pseudoniem, April2027.AddDays(1));

        Assert.Equal((pseudoniem, "", April2027.AddDays(1)), (declaratie.NaamBegunstigde, declaratie.Iban, declaratie.BankgegevensGewistOp));
        Assert.Equal((new Bedrag(56_30), DeclaratieStatus.Afgewezen), (declaratie.Bedrag, declaratie.Status));
        Assert.Empty(declaratie.GegevensVan(Fatima));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Anonymising_someone_else_leaves_a_declaratie_in_progress_alone()
    {
        var declaratie = Ingediend("Jan de Vries", "NL20INGB0001234567");

        declaratie.Anonimiseer(Fatima, Pseudoniem.Nieuw(), April2027);

        Assert.Equal(("Jan de Vries", "NL20INGB0001234567"), (declaratie.NaamBegunstigde, declaratie.Iban));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void The_iban_of_a_refused_declaratie_goes_only_after_the_term_and_once()
    {
        var declaratie = Ingediend();
        var beleid = Bewaarbeleid.Standaard(April2027);
        Assert.False(declaratie.WisBankgegevens(beleid, April2027.AddMonths(14)));
        declaratie.Beoordeel(DeclaratieUitkomst.Afgewezen, "Past niet bij het doel van de groep.", "Boekhouder", April2027);

        Assert.False(declaratie.WisBankgegevens(beleid, April2027.AddMonths(13)));
        Assert.Equal(GeldigIban, declaratie.Iban);
        Assert.True(declaratie.WisBankgegevens(beleid, April2027.AddMonths(13).AddDays(1)));
        Assert.False(declaratie.WisBankgegevens(beleid, April2027.AddMonths(14)));
        Assert.Equal(("", April2027.AddMonths(13).AddDays(1), "Fatima el Amrani"), (declaratie.Iban, declaratie.BankgegevensGewistOp, declaratie.NaamBegunstigde));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Anonymising_a_bankafschrift_replaces_only_the_persons_lines()
    {
        var administratie = new Administratie(AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);
        var posten = new List<Journaalpost>
        {
            administratie.BoekOpening([new(Bank, new Bedrag(500_00), Bedrag.Nul), new(AlgemeneReserve, Bedrag.Nul, new Bedrag(500_00))], "Boekhouder", April2027),
        };
        Bankboeking[] boekingen =
        [
            new(new DateOnly(2027, 1, 5), new Bedrag(20_00), Mutatierichting.Bijschrijving, "F. el Amrani", "NL91 ABNA 0417 1643 00", "Gift", null),
            new(new DateOnly(2027, 1, 6), new Bedrag(30_00), Mutatierichting.Bijschrijving, "Buurtwinkel", "NL02RABO0123456789", "Gift", null),
            new(new DateOnly(2027, 1, 7), new Bedrag(10_00), Mutatierichting.Afschrijving, "Fatima el Amrani", null, "Verf", null),
        ];
        var afschrift = Bankafschrift.Importeer(administratie,
            new("2027-01", GeldigIban, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), new Bedrag(500_00), new Bedrag(540_00), boekingen),
            null, "januari.xml", posten, [], "Boekhouder", April2027);
        var pseudoniem = Pseudoniem.Nieuw();
        // Two lines are hers: four fields on the first, three on the third (no IBAN); the Buurtwinkel line is not.
        Assert.Equal(7, afschrift.GegevensVan(Fatima).Count);
        Assert.DoesNotContain(afschrift.GegevensVan(Fatima), g => g.Waarde == "Buurtwinkel");

        afschrift.Anonimiseer(Fatima, pseudoniem, April2027);

        Assert.Equal([(pseudoniem, null), ("Buurtwinkel", "NL02RABO0123456789"), (pseudoniem, null)],
            afschrift.Mutaties.OrderBy(m => m.Volgnummer).Select(m => (m.TegenpartijNaam, m.TegenpartijIban)));
        Assert.Equal([new Bedrag(20_00), new Bedrag(30_00), new Bedrag(10_00)], afschrift.Mutaties.OrderBy(m => m.Volgnummer).Select(m => m.Bedrag));
        Assert.Empty(afschrift.GegevensVan(Fatima));
    }
}
