namespace Gemeenschapskracht.Domain.Beleidskaders;

public enum SignaleringSoort
{
    /// <summary>J6: a tendered contract ends, or would be re-tendered, before its funding is converted.</summary>
    Overgang,

    /// <summary>J11: a horizon shorter than a council term, or a milestone close to an election.</summary>
    Raadsperiode,

    /// <summary>J12: a pilot at its end asks for its evaluation.</summary>
    Pilotevaluatie,
}

public sealed record Signalering(SignaleringSoort Soort, DateOnly Datum, string Melding);

/// <summary>
/// The clocks of the beleidskader's time span (jobs J6, J11, J12): what needs attention on a given day. Pure, so the
/// page, the public document and the jobs that alert the gemeente all say the same.
/// </summary>
public static class Termijnbewaking
{
    /// <summary>Milestones this close to an election are flagged (J11).</summary>
    public const int MaandenRondVerkiezingen = 3;

    /// <summary>A tendered contract ending within this many months without a planned conversion is flagged (J6).</summary>
    public const int MaandenVoorContractEinde = 12;

    /// <summary>A council term; a shorter programme horizon is flagged (J11).</summary>
    public const int JarenRaadsperiode = 4;

    public static IReadOnlyList<Signalering> Signaleer(BeleidskaderInhoud inhoud, DateOnly vandaag)
    {
        var signaleringen = new List<Signalering>();
        foreach (var bron in inhoud.Financieringsbronnen.Where(b => b.Instrument == Financieringsinstrument.Aanbesteding && b.ContractEinddatum is not null))
        {
            var einde = bron.ContractEinddatum!.Value;
            if (einde > vandaag.AddMonths(MaandenVoorContractEinde))
                continue;
            if (bron.OmzettingGepland is null || bron.OmzettingGepland > einde)
                signaleringen.Add(new(SignaleringSoort.Overgang, einde, einde < vandaag
                    ? $"Het contract van '{bron.Naam}' is op {einde:dd-MM-yyyy} afgelopen zonder dat de omzetting in wijkbudgetten is gepland."
                    : $"Het contract van '{bron.Naam}' eindigt op {einde:dd-MM-yyyy}; zonder omzetting vóór die datum dreigt een nieuwe aanbesteding."));
        }
        foreach (var periode in inhoud.Overgangsperiodes.Where(o => o.Eind <= vandaag.AddMonths(MaandenVoorContractEinde) && o.Eind >= vandaag))
            signaleringen.Add(new(SignaleringSoort.Overgang, periode.Eind,
                $"De overgangsperiode van '{periode.Contract}' eindigt op {periode.Eind:dd-MM-yyyy}; {periode.Opvolging} moet dan klaarstaan."));

        if (inhoud.Tijdspanne is { } tijdspanne)
        {
            if (tijdspanne.ProgrammaEind < tijdspanne.ProgrammaStart.AddYears(JarenRaadsperiode))
                signaleringen.Add(new(SignaleringSoort.Raadsperiode, tijdspanne.ProgrammaEind,
                    $"Het programma duurt korter dan een raadsperiode ({JarenRaadsperiode} jaar); de omslag vraagt meer tijd dan één periode."));
            foreach (var (datum, wat) in Mijlpalen(inhoud))
            {
                var verkiezing = tijdspanne.Verkiezingsdata.FirstOrDefault(v => datum >= v.AddMonths(-MaandenRondVerkiezingen) && datum <= v.AddMonths(MaandenRondVerkiezingen));
                if (verkiezing != default)
                    signaleringen.Add(new(SignaleringSoort.Raadsperiode, datum,
                        $"{wat} ({datum:dd-MM-yyyy}) valt vlak {(datum < verkiezing ? "vóór" : "na")} de gemeenteraadsverkiezingen van {verkiezing:dd-MM-yyyy}."));
            }
        }

        foreach (var pilot in inhoud.Pilots.Where(p => p.Eind <= vandaag && p.Status is PilotStatus.Voorgesteld or PilotStatus.Lopend))
            signaleringen.Add(new(SignaleringSoort.Pilotevaluatie, pilot.Eind,
                $"De pilot '{pilot.Instrument}' is op {pilot.Eind:dd-MM-yyyy} afgelopen: evalueer hem en besluit over opschalen of stoppen."));

        return signaleringen.OrderBy(s => s.Datum).ToList();
    }

    private static IEnumerable<(DateOnly Datum, string Wat)> Mijlpalen(BeleidskaderInhoud inhoud)
    {
        foreach (var fase in inhoud.Fasen)
            yield return (fase.Eind, $"Het einde van fase '{fase.Naam}'");
        foreach (var pilot in inhoud.Pilots)
            yield return (pilot.Eind, $"Het einde van de pilot '{pilot.Instrument}'");
        foreach (var bron in inhoud.Financieringsbronnen.Where(b => b.OmzettingGepland is not null))
            yield return (bron.OmzettingGepland!.Value, $"De omzetting van '{bron.Naam}' in wijkbudgetten");
    }
}
