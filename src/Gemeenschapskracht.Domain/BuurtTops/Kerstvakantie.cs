namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>The school holiday regions of the Netherlands; they differ for most holidays, not (yet) for Christmas.</summary>
public enum Regio
{
    Noord,
    Midden,
    Zuid,
}

/// <summary>
/// The Christmas school holiday (kerstvakantie): for all three regions it starts on the Saturday that falls between
/// 19 and 25 December and lasts two weeks, to the Sunday fifteen days later (2025: 20 December 2025 – 4 January 2026).
/// A year in which a region deviates goes in <see cref="Afwijkingen"/>.
/// </summary>
public static class Kerstvakantie
{
    /// <summary>The first day of the holiday per year (of its December) and region where it is not the rule's.</summary>
    private static readonly IReadOnlyDictionary<(int Jaar, Regio Regio), DateOnly> Afwijkingen = new Dictionary<(int, Regio), DateOnly>();

    /// <summary>The holiday that starts in December of <paramref name="jaar"/>: its first and last day.</summary>
    public static (DateOnly Begin, DateOnly Eind) In(int jaar, Regio regio)
    {
        if (!Afwijkingen.TryGetValue((jaar, regio), out var begin))
        {
            begin = new DateOnly(jaar, 12, 19);
            while (begin.DayOfWeek != DayOfWeek.Saturday)
                begin = begin.AddDays(1);
        }
        return (begin, begin.AddDays(15));
    }

    /// <summary>The first Saturday after the holiday that starts in December of <paramref name="jaar"/>: in January of the next year.</summary>
    public static DateOnly EersteZaterdagNa(int jaar, Regio regio)
    {
        var dag = In(jaar, regio).Eind.AddDays(1);
        while (dag.DayOfWeek != DayOfWeek.Saturday)
            dag = dag.AddDays(1);
        return dag;
    }
}
