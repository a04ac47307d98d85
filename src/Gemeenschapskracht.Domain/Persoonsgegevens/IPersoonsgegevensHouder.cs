namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>One personal datum of a record, named as the register names it.</summary>
public sealed record Gegeven(string Veld, string Waarde);

/// <summary>
/// An entity that holds personal data (its properties marked <see cref="Common.PersoonsgegevenAttribute"/>). It says
/// itself what of it concerns a person and how that person leaves it: the record stays when the law or the route needs
/// it (a beschikking, a booking, the fact that someone came), with the person replaced by a pseudonym.
/// </summary>
public interface IPersoonsgegevensHouder
{
    /// <summary>What this record holds about the person; empty when it is not about them.</summary>
    IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene);

    /// <summary>Replaces what identifies the person; refuses (a <see cref="Common.DomainException"/>) while the record still needs it.</summary>
    void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now);
}
