using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Persoonsgegevens;

/// <summary>
/// The account of one erasure on request (AVG art. 17, and art. 5 lid 2: the gemeente shows it acted): when, by whom,
/// why, under which pseudonym and how many records. It names nobody: not the address or the name it was asked for.
/// </summary>
[Regel(Regelcatalogus.Avg17)]
public sealed class Anonimisering : IAudited
{
    private Anonimisering() { }

    public Anonimisering(string pseudoniem, string reden, int aantalGegevens, bool accountGewist, string door, DateTimeOffset now)
    {
        if (Tekst.IsBlank(reden))
            throw new DomainException("Een anonimisering heeft een reden: het verzoek van de betrokkene of de grond.");
        if (aantalGegevens == 0 && !accountGewist)
            throw new DomainException("Over deze betrokkene houdt de gemeente niets vast; er is niets te anonimiseren.");
        Id = Guid.CreateVersion7(now);
        Pseudoniem = pseudoniem;
        Reden = reden.Trim();
        AantalGegevens = aantalGegevens;
        AccountGewist = accountGewist;
        UitgevoerdDoor = door;
        UitgevoerdOp = now;
    }

    public Guid Id { get; private set; }
    public string Pseudoniem { get; private set; } = "";
    public string Reden { get; private set; } = "";

    /// <summary>The records in which the person was replaced by the pseudonym, and the memberships of this gemeente that ended.</summary>
    public int AantalGegevens { get; private set; }

    /// <summary>Whether the person's account was erased too (only when no other gemeente still has them as a member).</summary>
    public bool AccountGewist { get; private set; }

    public string UitgevoerdDoor { get; private set; } = "";
    public DateTimeOffset UitgevoerdOp { get; private set; }
}
