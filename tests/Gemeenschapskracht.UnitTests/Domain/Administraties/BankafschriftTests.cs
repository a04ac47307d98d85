using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.UnitTests.Domain.Administraties;

/// <summary>
/// Bank statements (CAMT.053) matched to the journal (R5.x, ADR 0029): each line takes an unlinked entry on the bank
/// account with the same amount and direction dated within five days, an entry its text names first, never one entry
/// for two lines; the back office links the rest by hand or explains them; a month with an open line does not close;
/// a statement is imported once.
/// </summary>
public sealed class BankafschriftTests
{
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);
    private const string Rekening = "NL91ABNA0417164300";

    private static Journaalregel D(string rekening, long cent) => new(rekening, new Bedrag(cent), Bedrag.Nul);

    private static Journaalregel C(string rekening, long cent) => new(rekening, Bedrag.Nul, new Bedrag(cent));

    private static (Administratie Administratie, List<Journaalpost> Posten) Geopend()
    {
        var administratie = new Administratie(AdministratieTests.Host(), AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);
        return (administratie, [administratie.BoekOpening([D(Bank, 500_00), C(AlgemeneReserve, 500_00)], "Boekhouder", April2027)]);
    }

    private static Journaalpost Ontvangst(Administratie a, List<Journaalpost> posten, int dag, long cent, string omschrijving = "Gift")
    {
        var post = a.Boek(new DateOnly(2027, 1, dag), omschrijving, [D(Bank, cent), C(Giften, cent)], null, "Boekhouder", April2027);
        posten.Add(post);
        return post;
    }

    private static Journaalpost Betaling(Administratie a, List<Journaalpost> posten, int dag, long cent, string omschrijving = "Huur")
    {
        var post = a.Boek(new DateOnly(2027, 1, dag), omschrijving, [D(Huisvesting, cent), C(Bank, cent)], null, "Boekhouder", April2027);
        posten.Add(post);
        return post;
    }

    private static Bankboeking Bij(int dag, long cent, string? tekst = null, string? e2e = null) =>
        new(new DateOnly(2027, 1, dag), new Bedrag(cent), Mutatierichting.Bijschrijving, "Buurtwinkel", "NL02RABO0123456789", tekst, e2e);

    private static Bankboeking Af(int dag, long cent, string? tekst = null) =>
        new(new DateOnly(2027, 1, dag), new Bedrag(cent), Mutatierichting.Afschrijving, "Stichting Buurthuis", null, tekst, null);

    private static Bankafschriftgegevens Gegevens(params Bankboeking[] boekingen) => Gegevens("2027-01", boekingen);

    private static Bankafschriftgegevens Gegevens(string id, params Bankboeking[] boekingen)
    {
        var eind = boekingen.Aggregate(new Bedrag(500_00), (s, b) => b.Richting == Mutatierichting.Bijschrijving ? s + b.Bedrag : s - b.Bedrag);
        return new(id, Rekening, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), new Bedrag(500_00), eind, boekingen);
    }

    private static Bankafschrift Importeer(Administratie a, List<Journaalpost> posten, Bankafschriftgegevens gegevens, params Bankafschrift[] eerdere) =>
        Bankafschrift.Importeer(a, gegevens, null, "januari.xml", posten, eerdere, "Boekhouder", April2027);

    [Fact]
    public void A_line_is_linked_to_the_entry_with_the_same_amount_and_direction_on_the_bank_account()
    {
        var (a, posten) = Geopend();
        var gift = Ontvangst(a, posten, 5, 250_00);
        var huur = Betaling(a, posten, 6, 250_00);

        var afschrift = Importeer(a, posten, Gegevens(Bij(5, 250_00), Af(6, 250_00), Bij(7, 99_00)));

        Assert.Equal([(MutatieStatus.Gekoppeld, gift.Id), (MutatieStatus.Gekoppeld, huur.Id), (MutatieStatus.Open, null)],
            afschrift.Mutaties.Select(m => (m.Status, m.JournaalpostId)));
        Assert.True(afschrift.Mutaties[0].AutomatischGekoppeld);
        Assert.Equal(1, afschrift.Open);
    }

    [Fact]
    public void A_line_is_linked_only_to_an_entry_dated_within_five_days()
    {
        var (a, posten) = Geopend();
        var gift = Ontvangst(a, posten, 10, 250_00);

        Assert.Equal(gift.Id, Importeer(a, posten, Gegevens(Bij(15, 250_00))).Mutaties[0].JournaalpostId);
        Assert.Equal(gift.Id, Importeer(a, posten, Gegevens(Bij(5, 250_00))).Mutaties[0].JournaalpostId);
        Assert.Equal(MutatieStatus.Open, Importeer(a, posten, Gegevens(Bij(16, 250_00))).Mutaties[0].Status);
        Assert.Equal(MutatieStatus.Open, Importeer(a, posten, Gegevens(Bij(4, 250_00))).Mutaties[0].Status);
    }

    [Fact]
    public void The_opening_balance_a_reversed_entry_and_an_entry_without_the_bank_are_never_matched()
    {
        var (a, posten) = Geopend();
        var fout = Ontvangst(a, posten, 5, 500_00);
        posten.Add(a.BoekTegen(fout, false, new DateOnly(2027, 1, 5), "Dubbel", "Boekhouder", April2027));
        posten.Add(a.Boek(new DateOnly(2027, 1, 5), "Kasgift", [D(Kas, 500_00), C(Giften, 500_00)], null, "Boekhouder", April2027));

        var afschrift = Importeer(a, posten, Gegevens(Bij(2, 500_00), Af(5, 500_00)));

        Assert.All(afschrift.Mutaties, m => Assert.Equal(MutatieStatus.Open, m.Status));
    }

    [Fact]
    public void An_entry_whose_declaratie_kenmerk_the_text_names_is_preferred_over_a_closer_one()
    {
        var (a, posten) = Geopend();
        var dichtbij = Betaling(a, posten, 10, 45_00, "Declaratie DEC-2027-31: verf");
        var genoemd = Betaling(a, posten, 7, 45_00, "Declaratie DEC-2027-3: koffie");

        var afschrift = Importeer(a, posten, Gegevens(Af(10, 45_00, "Uitbetaling declaratie DEC-2027-3 koffie"), Af(10, 45_00, "Declaraties")));

        Assert.Equal([genoemd.Id, dichtbij.Id], afschrift.Mutaties.Select(m => m.JournaalpostId!.Value));
    }

    [Fact]
    public void An_entry_whose_description_or_end_to_end_id_the_line_names_is_preferred()
    {
        var (a, posten) = Geopend();
        Ontvangst(a, posten, 5, 20_00, "Bijdrage");
        var gift = Ontvangst(a, posten, 8, 20_00, "Gift buurtwinkel");
        var e2e = Ontvangst(a, posten, 9, 20_00, "Collecte REF-2027-7");

        var afschrift = Importeer(a, posten, Gegevens(Bij(5, 20_00, "Nog een gift buurtwinkel"), Bij(5, 20_00, "Collecte", "REF-2027-7")));

        Assert.Equal([gift.Id, e2e.Id], afschrift.Mutaties.Select(m => m.JournaalpostId!.Value));
    }

    [Fact]
    public void One_entry_is_never_linked_to_two_lines()
    {
        var (a, posten) = Geopend();
        var gift = Ontvangst(a, posten, 5, 250_00);

        var eerste = Importeer(a, posten, Gegevens(Bij(5, 250_00), Bij(5, 250_00)));
        Assert.Equal([MutatieStatus.Gekoppeld, MutatieStatus.Open], eerste.Mutaties.Select(m => m.Status));

        var tweede = Importeer(a, posten, Gegevens("2027-01-B", Bij(5, 250_00)), eerste);
        Assert.Equal(MutatieStatus.Open, tweede.Mutaties[0].Status);
        var fout = Assert.Throws<DomainException>(() => tweede.Koppel(tweede.Mutaties[0].Id, gift.Id, posten, [eerste, tweede], "Boekhouder", April2027));
        Assert.Contains("al aan een bankmutatie gekoppeld", fout.Message);
    }

    [Fact]
    public void The_statement_is_of_the_hosts_account_when_the_host_recorded_one()
    {
        var (a, posten) = Geopend();
        var gegevens = Gegevens(Bij(5, 250_00));

        var fout = Assert.Throws<DomainException>(() => Bankafschrift.Importeer(a, gegevens, "NL46 RABO 0307 6543 21", "januari.xml", posten, [], "Boekhouder", April2027));

        Assert.Contains("de host beheert het geld van de groep op NL46 RABO 0307 6543 21", fout.Message);
        Assert.Equal(Rekening, Bankafschrift.Importeer(a, gegevens, "nl91 abna 0417 1643 00", "januari.xml", posten, [], "Boekhouder", April2027).Iban);
    }

    [Fact]
    public void The_same_statement_of_the_same_account_is_imported_once()
    {
        var (a, posten) = Geopend();
        var eerste = Importeer(a, posten, Gegevens(Bij(5, 250_00)));

        var fout = Assert.Throws<DomainException>(() => Importeer(a, posten, Gegevens(Bij(5, 250_00)), eerste));

        Assert.Contains("al geïmporteerd", fout.Message);
        Assert.NotNull(Importeer(a, posten, Gegevens("2027-02", Bij(5, 250_00)), eerste));
    }

    [Fact]
    public void Importing_a_statement_raises_the_administraties_version_so_two_imports_at_once_conflict_instead_of_linking_one_entry_twice()
    {
        var (a, posten) = Geopend();
        var versie = a.Versie;

        Importeer(a, posten, Gegevens(Bij(5, 250_00)));

        Assert.Equal(versie + 1, a.Versie);
    }

    [Fact]
    public void A_statement_whose_closing_balance_does_not_follow_from_its_lines_is_refused()
    {
        var (a, posten) = Geopend();
        var gegevens = Gegevens(Bij(5, 250_00)) with { Eindsaldo = new Bedrag(700_00) };

        Assert.Contains("eindsaldo", Assert.Throws<DomainException>(() => Importeer(a, posten, gegevens)).Message);
    }

    [Fact]
    public void A_line_is_linked_by_hand_only_to_an_entry_with_the_same_amount_and_direction()
    {
        var (a, posten) = Geopend();
        var afschrift = Importeer(a, posten, Gegevens(Bij(20, 250_00)));
        var mutatie = afschrift.Mutaties[0].Id;
        var ander = Ontvangst(a, posten, 2, 240_00);
        var betaling = Betaling(a, posten, 2, 250_00);
        var gift = Ontvangst(a, posten, 2, 250_00);

        Assert.Contains("hetzelfde bedrag in dezelfde richting", Assert.Throws<DomainException>(() => afschrift.Koppel(mutatie, ander.Id, posten, [afschrift], "B", April2027)).Message);
        Assert.Contains("hetzelfde bedrag in dezelfde richting", Assert.Throws<DomainException>(() => afschrift.Koppel(mutatie, betaling.Id, posten, [afschrift], "B", April2027)).Message);
        Assert.Contains("boekt niets op de bank", Assert.Throws<DomainException>(() => afschrift.Koppel(mutatie, posten[0].Id, posten, [afschrift], "B", April2027)).Message);
        Assert.Contains("hoort niet bij", Assert.Throws<DomainException>(() => afschrift.Koppel(mutatie, Guid.NewGuid(), posten, [afschrift], "B", April2027)).Message);

        afschrift.Koppel(mutatie, gift.Id, posten, [afschrift], "Boekhouder", April2027);

        Assert.Equal((MutatieStatus.Gekoppeld, gift.Id, false, "Boekhouder"),
            (afschrift.Mutaties[0].Status, afschrift.Mutaties[0].JournaalpostId!.Value, afschrift.Mutaties[0].AutomatischGekoppeld, afschrift.Mutaties[0].AfgehandeldDoor));
        Assert.Contains("al aan een journaalpost gekoppeld", Assert.Throws<DomainException>(() => afschrift.Verklaar(mutatie, "Toch niet", "B", April2027)).Message);
    }

    [Fact]
    public void A_line_is_explained_with_a_reason_and_only_once()
    {
        var (a, posten) = Geopend();
        var afschrift = Importeer(a, posten, Gegevens(Af(20, 3_50)));
        var mutatie = afschrift.Mutaties[0].Id;

        Assert.Contains("reden", Assert.Throws<DomainException>(() => afschrift.Verklaar(mutatie, "  ", "B", April2027)).Message);
        afschrift.Verklaar(mutatie, "Bankkosten, teruggeboekt door de bank", "Boekhouder", April2027);

        Assert.Equal((MutatieStatus.Verklaard, "Bankkosten, teruggeboekt door de bank"), (afschrift.Mutaties[0].Status, afschrift.Mutaties[0].Verklaring));
        Assert.Contains("al verklaard", Assert.Throws<DomainException>(() => afschrift.Verklaar(mutatie, "Nog eens", "B", April2027)).Message);
    }

    [Fact]
    public void A_month_with_an_open_bank_line_cannot_close_until_it_is_linked_or_explained()
    {
        var (a, posten) = Geopend();
        var afschrift = Importeer(a, posten, Gegevens(Bij(20, 250_00), Af(21, 3_50)));

        var blokkade = Assert.Single(a.Blokkades(2027, 1, posten, null, afschrift.Mutaties));
        Assert.Equal(BlokkadeSoort.BankmutatiesOngekoppeld, blokkade.Soort);
        Assert.Contains("2 bankmutaties", blokkade.Toelichting);
        Assert.Contains("koppel ze aan een journaalpost of verklaar ze", Assert.Throws<DomainException>(() => a.SluitAf(2027, 1, posten, "B", April2027, null, afschrift.Mutaties)).Message);
        Assert.DoesNotContain(a.Blokkades(2027, 2, posten, null, afschrift.Mutaties), b => b.Soort == BlokkadeSoort.BankmutatiesOngekoppeld);

        posten.Add(a.Boek(new DateOnly(2027, 1, 20), "Gift", [D(Bank, 250_00), C(Giften, 250_00)], null, "B", April2027));
        afschrift.Koppel(afschrift.Mutaties[0].Id, posten[^1].Id, posten, [afschrift], "B", April2027);
        afschrift.Verklaar(afschrift.Mutaties[1].Id, "Bankkosten, teruggeboekt", "B", April2027);

        Assert.Equal(PeriodeStatus.Afgesloten, a.SluitAf(2027, 1, posten, "B", April2027, null, afschrift.Mutaties).Status);
    }
}
