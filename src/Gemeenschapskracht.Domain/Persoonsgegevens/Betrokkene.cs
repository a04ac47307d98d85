using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>
/// The person a request for access or erasure is about (AVG art. 15 and 17), as the gemeente knows them: an e-mail
/// address, a name and an IBAN, at least one. A value in a record is theirs when it is one of these exactly (case and
/// spacing aside): never a part of a name, so "Jan" does not find "Jan de Vries".
/// </summary>
public sealed class Betrokkene
{
    public Betrokkene(string? email, string? naam, string? iban)
    {
        Email = Tekst.IsBlank(email) ? null : email!.Trim().ToLowerInvariant();
        Naam = Tekst.IsBlank(naam) ? null : Vergelijkbaar(naam!);
        Iban = Tekst.IsBlank(iban) ? null : Common.Iban.Normaliseer(iban!);
        if (Email is null && Naam is null && Iban is null)
            throw new DomainException("Geef een e-mailadres, een naam of een IBAN van de betrokkene.");
    }

    public string? Email { get; }

    /// <summary>Lower case with single spaces, as compared.</summary>
    public string? Naam { get; }

    public string? Iban { get; }

    public bool Herkent(string? waarde)
    {
        if (Tekst.IsBlank(waarde))
            return false;
        var vergelijkbaar = Vergelijkbaar(waarde!);
        return vergelijkbaar == Email || vergelijkbaar == Naam
            || (Iban is not null && Common.Iban.Normaliseer(waarde!) == Iban);
    }

    /// <summary>The fields of a record, when one of its <paramref name="kenmerken"/> (address, name, IBAN) is this person's.</summary>
    public IReadOnlyList<Gegeven> Gegevens(IEnumerable<string?> kenmerken, params (string Veld, string? Waarde)[] velden) =>
        kenmerken.Any(Herkent) ? velden.Where(v => !Tekst.IsBlank(v.Waarde)).Select(v => new Gegeven(v.Veld, v.Waarde!)).ToList() : [];

    private static string Vergelijkbaar(string waarde) =>
        string.Join(' ', waarde.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
