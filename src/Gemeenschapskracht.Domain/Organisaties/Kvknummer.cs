namespace Gemeenschapskracht.Domain.Organisaties;

/// <summary>A Kamer van Koophandel number: exactly eight digits (Handelsregisterwet; the number itself has no check digit).</summary>
public static class Kvknummer
{
    public static bool IsGeldig(string waarde) => waarde.Length == 8 && waarde.All(char.IsAsciiDigit);
}
