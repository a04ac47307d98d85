using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Bijlagen;

/// <summary>What a file belongs to; who may see the file follows from who may see that.</summary>
public enum Onderwerp
{
    Beleidskader,
    Wijkbeeld,
    BuurtTop,
    Etalageverhaal,
}

/// <summary>
/// A document or photo attached to a beleidskader (the raadsbesluit itself), a wijkbeeld (material of the
/// conversation rounds), a BuurtTop (photos of the tables) or a story in the etalage (its photos). The bytes live in the file store under <see cref="Sleutel"/>; the row says what they are.
/// Their type is read from the bytes, and their size is bounded.
/// </summary>
public sealed class Bijlage : IAudited
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public static readonly IReadOnlyList<string> Toegestaan = [Bestandstype.Pdf, Bestandstype.Png, Bestandstype.Jpeg, Bestandstype.Webp];

    private Bijlage() { }

    /// <param name="verstuurdAls">The type the sender named; it must be what the bytes are.</param>
    public Bijlage(Onderwerp onderwerp, Guid onderwerpId, string naam, byte[] inhoud, string verstuurdAls, string geplaatstDoor, DateTimeOffset now)
    {
        if (inhoud.Length == 0)
            throw new DomainException("Het bestand is leeg.");
        if (inhoud.Length > MaxBytes)
            throw new DomainException($"Een bijlage is hoogstens {MaxBytes / 1024 / 1024} MB.");
        ContentType = Bestandstype.Herken(inhoud)
            ?? throw new DomainException("Een bijlage is een PDF, of een foto in PNG, JPEG of WebP; dit bestand is geen van die, wat de naam ook zegt.");
        if (onderwerp == Onderwerp.Etalageverhaal && ContentType == Bestandstype.Pdf)
            throw new DomainException("Bij een verhaal in de etalage horen alleen foto's: PNG, JPEG of WebP.");
        if (!string.Equals(ContentType, verstuurdAls, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"Het bestand is {ContentType}, maar is verstuurd als {verstuurdAls}; verstuur het met het type dat het is.");
        if (Tekst.IsBlank(naam) || !Tekst.IsSafe(naam) || naam.IndexOfAny(['/', '\\']) >= 0 || naam.Length > 200)
            throw new DomainException("Geef het bestand een naam van hoogstens 200 tekens, zonder schuine strepen.");
        Id = Guid.CreateVersion7(now);
        Onderwerp = onderwerp;
        OnderwerpId = onderwerpId;
        Naam = naam.Trim();
        Grootte = inhoud.Length;
        GeplaatstDoor = geplaatstDoor;
        GeplaatstOp = now;
    }

    public Guid Id { get; private set; }

    public Onderwerp Onderwerp { get; private set; }

    public Guid OnderwerpId { get; private set; }

    public string Naam { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Grootte { get; private set; }

    public string GeplaatstDoor { get; private set; } = "";

    public DateTimeOffset GeplaatstOp { get; private set; }

    /// <summary>Where the bytes are, inside the current gemeente's part of the store.</summary>
    public string Sleutel => $"{Onderwerp.ToString().ToLowerInvariant()}/{OnderwerpId}/{Id}";
}
