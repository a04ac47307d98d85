namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>A theme that recurs in several narratives: the word as written, and in how many of the texts it occurs.</summary>
public sealed record TerugkerendThema(string Thema, int Teksten);

/// <summary>Finds what several Dutch narratives keep coming back to ("tellen én vertellen": the vertellen, summed up).</summary>
public interface IThemaherkenning
{
    /// <summary>
    /// The themes that occur in at least two of the texts, most texts first, then alphabetically; words that differ only
    /// in inflection (bewoner, bewoners) are one theme, function words none.
    /// </summary>
    IReadOnlyList<TerugkerendThema> TerugkerendeThemas(IReadOnlyList<string> teksten, int hoogstens);
}
