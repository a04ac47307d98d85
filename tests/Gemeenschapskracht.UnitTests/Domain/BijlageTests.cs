using System.Text;
using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class BijlageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF");

    private static Bijlage Nieuw(byte[] inhoud, string verstuurdAls = Bestandstype.Pdf, string naam = "besluit.pdf") =>
        new(Onderwerp.Beleidskader, Guid.CreateVersion7(Now), naam, inhoud, verstuurdAls, "Griffie", Now);

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, Bestandstype.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, Bestandstype.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, Bestandstype.Jpeg)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    public void The_type_of_a_file_is_read_from_its_bytes(byte[] begin, string? type)
    {
        Assert.Equal(type, Bestandstype.Herken(begin));
    }

    [Fact]
    public void A_pdf_is_stored_with_its_type_size_and_a_key_of_its_own()
    {
        var bijlage = Nieuw(Pdf);

        Assert.Equal(Bestandstype.Pdf, bijlage.ContentType);
        Assert.Equal(Pdf.Length, bijlage.Grootte);
        Assert.Equal($"beleidskader/{bijlage.OnderwerpId}/{bijlage.Id}", bijlage.Sleutel);
    }

    [Fact]
    public void A_file_sent_as_another_type_than_its_bytes_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Nieuw(Pdf, Bestandstype.Png));
        Assert.Contains("verstuurd als image/png", ex.Message);
    }

    [Fact]
    public void An_unknown_type_an_empty_file_and_a_file_over_ten_megabytes_are_refused()
    {
        Assert.Throws<DomainException>(() => Nieuw(Encoding.UTF8.GetBytes("<svg onload='x'/>"), "image/svg+xml"));
        Assert.Throws<DomainException>(() => Nieuw([]));
        Assert.Throws<DomainException>(() => Nieuw([.. Pdf, .. new byte[Bijlage.MaxBytes]]));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("map\\besluit.pdf")]
    [InlineData("   ")]
    [InlineData("besluit\u202Efdp.exe")]
    public void A_name_that_is_a_path_blank_or_reverses_the_reading_direction_is_refused(string naam)
    {
        Assert.Throws<DomainException>(() => Nieuw(Pdf, naam: naam));
    }
}
