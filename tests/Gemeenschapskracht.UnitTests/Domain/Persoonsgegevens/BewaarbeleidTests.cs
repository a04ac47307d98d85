using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// The gemeente's retention terms (AVG art. 5 lid 1 sub e) and the account of an erasure on request (AVG art. 17).
/// </summary>
public sealed class BewaarbeleidTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void The_standard_bewaarbeleid_keeps_registrations_six_and_bank_details_thirteen_months()
    {
        var beleid = Bewaarbeleid.Standaard(Now);

        Assert.Equal((6, 13, Now), (beleid.BuurtTopAanmeldingenMaanden, beleid.DeclaratieBankgegevensMaanden, beleid.GewijzigdOp));
    }

    [Theory]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    [InlineData(0, 13, "BuurtTop-aanmeldingen")]
    [InlineData(121, 13, "BuurtTop-aanmeldingen")]
    [InlineData(6, 0, "de bankgegevens van declaraties")]
    [InlineData(6, 121, "de bankgegevens van declaraties")]
    public void A_bewaartermijn_is_at_least_one_and_at_most_120_months(int aanmeldingen, int bankgegevens, string wat)
    {
        var fout = Assert.Throws<DomainException>(() => new Bewaarbeleid(aanmeldingen, bankgegevens, "Privacyfunctionaris", Now));

        Assert.Equal($"De bewaartermijn voor {wat} is ten minste 1 en hoogstens 120 maanden.", fout.Message);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void A_bewaarbeleid_is_changed_within_the_bounds_and_keeps_its_terms_when_refused()
    {
        var beleid = new Bewaarbeleid(1, 120, "Privacyfunctionaris", Now);

        Assert.Throws<DomainException>(() => beleid.Wijzig(0, 24, "Ander", Now.AddDays(1)));
        Assert.Equal((1, 120, "Privacyfunctionaris"), (beleid.BuurtTopAanmeldingenMaanden, beleid.DeclaratieBankgegevensMaanden, beleid.GewijzigdDoor));
        Assert.Throws<DomainException>(() => beleid.Wijzig(3, 0, "Ander", Now.AddDays(1)));
        Assert.Equal((1, 120, "Privacyfunctionaris"), (beleid.BuurtTopAanmeldingenMaanden, beleid.DeclaratieBankgegevensMaanden, beleid.GewijzigdDoor));
        beleid.Wijzig(3, 24, "Ander", Now.AddDays(2));
        Assert.Equal((3, 24, "Ander", Now.AddDays(2)), (beleid.BuurtTopAanmeldingenMaanden, beleid.DeclaratieBankgegevensMaanden, beleid.GewijzigdDoor, beleid.GewijzigdOp));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Registrations_expire_only_after_the_term_from_the_BuurTop_date()
    {
        var beleid = new Bewaarbeleid(6, 13, "", Now);
        var datum = new DateOnly(2026, 6, 13);

        Assert.False(beleid.AanmeldingenVerlopen(datum, new DateTimeOffset(2026, 12, 13, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(beleid.AanmeldingenVerlopen(datum, new DateTimeOffset(2026, 12, 14, 12, 0, 0, TimeSpan.Zero)));
        // The Dutch calendar day counts: 23:30 UTC on the 13th is already the 14th in the Netherlands.
        Assert.True(beleid.AanmeldingenVerlopen(datum, new DateTimeOffset(2026, 12, 13, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public void Bank_details_expire_only_after_the_term_from_payment_or_refusal()
    {
        var beleid = new Bewaarbeleid(6, 13, "", Now);
        var betaald = new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero);

        Assert.False(beleid.BankgegevensVerlopen(betaald, betaald.AddMonths(12)));
        Assert.False(beleid.BankgegevensVerlopen(betaald, betaald.AddMonths(13)));
        Assert.True(beleid.BankgegevensVerlopen(betaald, betaald.AddMonths(13).AddMinutes(1)));
    }

    [Theory]
    [Trait("Regel", Regelcatalogus.Avg17)]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_anonimisering_without_a_reason_is_refused(string? reden)
    {
        var fout = Assert.Throws<DomainException>(() => new Anonimisering(Pseudoniem.Nieuw(), reden!, 3, false, "Privacyfunctionaris", Now));

        Assert.Contains("reden", fout.Message);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void An_anonimisering_that_found_nothing_and_erased_no_account_is_refused()
    {
        var fout = Assert.Throws<DomainException>(() => new Anonimisering(Pseudoniem.Nieuw(), "Verzoek van de betrokkene", 0, false, "Privacyfunctionaris", Now));

        Assert.Contains("niets te anonimiseren", fout.Message);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void An_anonimisering_records_the_pseudoniem_reason_and_count()
    {
        var pseudoniem = Pseudoniem.Nieuw();

        var alleenAccount = new Anonimisering(pseudoniem, "  Verzoek van de betrokkene ", 0, true, "Privacyfunctionaris", Now);
        var gegevens = new Anonimisering(pseudoniem, "Verzoek", 4, false, "Privacyfunctionaris", Now);

        Assert.Equal((pseudoniem, "Verzoek van de betrokkene", 0, true, "Privacyfunctionaris", Now),
            (alleenAccount.Pseudoniem, alleenAccount.Reden, alleenAccount.AantalGegevens, alleenAccount.AccountGewist, alleenAccount.UitgevoerdDoor, alleenAccount.UitgevoerdOp));
        Assert.Equal((4, false), (gegevens.AantalGegevens, gegevens.AccountGewist));
        Assert.NotEqual(alleenAccount.Id, gegevens.Id);
    }
}
