using Gemeenschapskracht.Domain.Verzoeken;

namespace Gemeenschapskracht.Application.Verzoeken.Dtos;

/// <summary>
/// The public tracker, per wijk or for the whole gemeente: who answered on time, who late, who not, and every
/// toezegging (institutions', the political ones of the kader in force, and the follow-up actions of adopted
/// visitatierapporten) with its due date ("zeg wat je doet en doe wat je zegt"), and per party how many it kept and how
/// many are overdue, for the raad. Institutions and parties are listed by name; residents' ambitions are never ranked (G-1).
/// </summary>
public sealed record TrackerDto(
    Guid? WijkId,
    DateOnly Peildatum,
    IReadOnlyList<InstellingStandDto> Instellingen,
    IReadOnlyList<TrackerVerzoekDto> Verzoeken,
    IReadOnlyList<TrackerToezeggingDto> Toezeggingen,
    IReadOnlyList<PartijStandDto> Partijen);

/// <summary>One party's promises counted by where they stand, by name (never ordered by how well it does).</summary>
public sealed record PartijStandDto(string Door, int Toezeggingen, int Nagekomen, int NietNagekomen, int Verlopen, int Open);

public sealed record InstellingStandDto(Guid OrganisatieId, string Naam, int Verzoeken, int OpTijd, int TeLaat, int NietBeantwoord, int Open);

public sealed record TrackerVerzoekDto(
    Guid Id, Guid WijkId, string WijkNaam, string AgendaTitel, string? AmbitieTitel, string Organisatie, string Vraag,
    DateTimeOffset VerzondenOp, DateOnly Uiterlijk, Antwoordstand Stand, DateTimeOffset? BeantwoordOp, string? AntwoordLink);

public enum ToezeggingBron
{
    Instelling,
    Politiek,
    Visitatie,
}

public enum ToezeggingStand
{
    Open,
    Nagekomen,
    NietNagekomen,
    Verlopen,
}

/// <param name="VerzoekId">The request whose answer made the promise; null for a political one or a visitatie's.</param>
/// <param name="VisitatieId">The visitatie whose adopted report agreed the follow-up action; null otherwise.</param>
/// <param name="Bewijs">What was done, for a follow-up action reported done; null otherwise.</param>
public sealed record TrackerToezeggingDto(
    ToezeggingBron Bron, string Door, string Omschrijving, DateOnly Uiterlijk, ToezeggingStand Stand, Guid? VerzoekId, Guid? VisitatieId, string? Bewijs = null);
