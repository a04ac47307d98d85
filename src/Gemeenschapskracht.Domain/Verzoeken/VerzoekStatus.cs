namespace Gemeenschapskracht.Domain.Verzoeken;

/// <summary>A request is sent with a deadline and answered by the institution; after the deadline without an answer it is overdue (R3.7).</summary>
public enum VerzoekStatus
{
    Verzonden,
    Beantwoord,
}

/// <summary>Where a promise of an institution stands: open, kept, or not kept.</summary>
public enum ToezeggingVoortgang
{
    Open,
    Nagekomen,
    NietNagekomen,
}

/// <summary>
/// A promise in an institution's answer, with its due date ("zeg wat je doet en doe wat je zegt", 002:591).
/// <see cref="Gemaand"/>: the institution was reminded once after the due date (J10).
/// </summary>
public sealed record InstellingToezegging(Guid Id, string Omschrijving, DateOnly Uiterlijk, ToezeggingVoortgang Voortgang, bool Gemaand);

/// <summary>How a request stands in the public tracker: awaiting an answer, answered on time, answered late, or not answered (deadline passed).</summary>
public enum Antwoordstand
{
    Open,
    OpTijd,
    TeLaat,
    NietBeantwoord,
}
