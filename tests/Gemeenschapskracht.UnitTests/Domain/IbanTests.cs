using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class IbanTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("nl91 abna 0417 1643 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("BE68539007547034")]
    [InlineData("FR1420041010050500013M02606")]
    public void ISO_13616_a_sepa_iban_with_the_right_length_and_check_digits_mod_97_is_valid(string iban) => Assert.True(Iban.IsGeldig(iban));

    [Theory]
    [InlineData("NL91ABNA0417164301")]
    [InlineData("NL19ABNA0417164300")]
    [InlineData("NL91ABNA041716430")]
    [InlineData("US64SVBKUS6S3300958879")]
    [InlineData("NL91ABNA04171643-0")]
    [InlineData("")]
    public void ISO_13616_a_wrong_check_digit_length_character_or_a_country_outside_sepa_is_refused(string iban) => Assert.False(Iban.IsGeldig(iban));

    [Fact]
    public void An_iban_is_stored_electronically_and_shown_in_groups_of_four()
    {
        Assert.Equal("NL91ABNA0417164300", Iban.Normaliseer(" nl91 abna 0417 1643 00 "));
        Assert.Equal("NL91 ABNA 0417 1643 00", Iban.Leesbaar("NL91ABNA0417164300"));
    }

    [Fact]
    public void An_organisation_records_only_a_valid_account_and_a_refused_one_changes_nothing()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var organisatie = new Organisatie("Bewonersvereniging Zuid", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Vereniging, null, now);
        organisatie.LegBankrekeningVast("NL91 ABNA 0417 1643 00", " Bewonersvereniging Zuid ", now);

        var fout = Assert.Throws<DomainException>(() => organisatie.LegBankrekeningVast("NL91ABNA0417164301", "Iemand anders", now));

        Assert.Contains("mod 97", fout.Message);
        Assert.Equal("NL91ABNA0417164300", organisatie.Iban);
        Assert.Equal("Bewonersvereniging Zuid", organisatie.Tenaamstelling);
    }
}
