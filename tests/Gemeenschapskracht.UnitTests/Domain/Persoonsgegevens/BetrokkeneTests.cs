using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.UnitTests.Domain.Persoonsgegevens;

/// <summary>
/// The person a request for access (AVG art. 15) or erasure (art. 17) is about: known by an e-mail address, a name or an
/// IBAN, and recognised in a record only by one of these exactly, case and spacing aside; never by a part of a name.
/// </summary>
public sealed class BetrokkeneTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", " ", "\t")]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_betrokkene_is_known_by_an_email_address_a_name_or_an_iban(string? email, string? naam, string? iban)
    {
        var fout = Assert.Throws<DomainException>(() => new Betrokkene(email, naam, iban));

        Assert.Contains("e-mailadres, een naam of een IBAN", fout.Message);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_one_of_email_name_or_iban_is_enough_and_each_is_kept_as_compared()
    {
        Assert.Equal(("fatima@example.org", null, null), Kenmerken(new Betrokkene("  FATIMA@Example.org ", null, null)));
        Assert.Equal((null, "f. el amrani", null), Kenmerken(new Betrokkene(null, "  F.  el   Amrani ", null)));
        Assert.Equal((null, null, "NL91ABNA0417164300"), Kenmerken(new Betrokkene(null, null, "nl91 abna 0417 1643 00")));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_email_address_is_recognised_whatever_its_case_and_surrounding_spaces()
    {
        var betrokkene = new Betrokkene("  FATIMA@Example.org", null, null);

        Assert.True(betrokkene.Herkent("fatima@example.org"));
        Assert.True(betrokkene.Herkent(" Fatima@EXAMPLE.org  "));
        Assert.False(betrokkene.Herkent("fatima@example.org.evil"));
        Assert.False(betrokkene.Herkent("f.atima@example.org"));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_name_is_recognised_whatever_its_case_and_spacing()
    {
        var betrokkene = new Betrokkene(null, "F.  el Amrani", null);

        Assert.True(betrokkene.Herkent("f. el amrani"));
        Assert.True(betrokkene.Herkent("  F. EL   AMRANI "));
        Assert.False(betrokkene.Herkent("F.el Amrani"));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_iban_is_recognised_with_or_without_spaces_and_in_either_case()
    {
        var betrokkene = new Betrokkene(null, null, "NL91 ABNA 0417 1643 00");

        Assert.True(betrokkene.Herkent("NL91ABNA0417164300"));
        Assert.True(betrokkene.Herkent("nl91abna 0417164300"));
        Assert.False(betrokkene.Herkent("NL20INGB0001234567"));
        Assert.False(betrokkene.Herkent("NL91ABNA041716430"));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_part_of_a_name_never_recognises_the_whole_name()
    {
        var jan = new Betrokkene(null, "Jan", null);

        Assert.False(jan.Herkent("Jan de Vries"));
        Assert.False(jan.Herkent("Jansen"));
        Assert.False(new Betrokkene(null, "Jan de Vries", null).Herkent("Jan"));
        Assert.True(jan.Herkent(" jan "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_an_empty_value_is_nobodys(string? waarde) =>
        Assert.False(new Betrokkene("fatima@example.org", "Fatima", "NL91ABNA0417164300").Herkent(waarde));

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg15)]
    public void Avg15_a_record_gives_its_filled_fields_only_when_one_of_its_marks_is_the_persons()
    {
        var betrokkene = new Betrokkene("fatima@example.org", null, null);

        var gegevens = betrokkene.Gegevens(["Fatima@Example.org", null], ("Naam", "Fatima"), ("Telefoon", null), ("Wijk", " "), ("E-mailadres", "fatima@example.org"));

        Assert.Equal([new Gegeven("Naam", "Fatima"), new Gegeven("E-mailadres", "fatima@example.org")], gegevens);
        Assert.Empty(betrokkene.Gegevens(["joop@example.org", null, ""], ("Naam", "Joop"), ("E-mailadres", "joop@example.org")));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_a_new_pseudonym_is_recognised_as_one_and_differs_from_the_last()
    {
        var eerste = Pseudoniem.Nieuw();
        var tweede = Pseudoniem.Nieuw();

        Assert.True(Pseudoniem.IsPseudoniem(eerste));
        Assert.True(Pseudoniem.IsPseudoniem(tweede));
        Assert.NotEqual(eerste, tweede);
        Assert.StartsWith("Betrokkene ", eerste);
        Assert.Equal(19, eerste.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Fatima el Amrani")]
    [InlineData("Betrokkene ABCDEFG")]
    [InlineData("Betrokkene ABCDEFGHJ")]
    [InlineData("Betrokkene abcdefgh")]
    [InlineData("Betrokkene ABCDEF01")]
    [InlineData("betrokkene ABCDEFGH")]
    [Trait("Regel", Regelcatalogus.Avg17)]
    public void Avg17_only_a_pseudonym_as_made_is_taken_for_one(string? waarde) =>
        Assert.False(Pseudoniem.IsPseudoniem(waarde));

    private static (string? Email, string? Naam, string? Iban) Kenmerken(Betrokkene b) => (b.Email, b.Naam, b.Iban);
}
