using FluentValidation;
using FluentValidation.Results;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gebieden.Commands.ImportLokaleCijfers;

/// <summary>
/// Imports the gemeente's own figures beside the CBS ones (R2.0), from a CSV of <c>maatstaf;gebiedscode;waarde;bron;jaar</c>.
/// All or nothing: one bad line (an unknown area code, a value that is not a number) refuses the whole file with every
/// line number at fault, and nothing is imported.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
[NoValidator("The file is checked line by line by the handler, which must know the gemeente's area codes.")]
public sealed record ImportLokaleCijfersCommand(byte[] Csv) : ICommand<LokaleCijfersImportDto>;

/// <param name="Regels">Lines imported.</param>
/// <param name="Gebieden">Areas that received figures.</param>
public sealed record LokaleCijfersImportDto(int Regels, int Gebieden, IReadOnlyList<string> Maatstaven);

public sealed class ImportLokaleCijfersHandler(IApplicationDbContext db, ILokaleCijfersReader reader) : ICommandHandler<ImportLokaleCijfersCommand, LokaleCijfersImportDto>
{
    public const int MaxRegels = 10_000;

    public async ValueTask<LokaleCijfersImportDto> Handle(ImportLokaleCijfersCommand command, CancellationToken cancellationToken)
    {
        var regels = reader.Read(command.Csv);
        var codes = regels.Select(r => r.Gebiedscode).Distinct().ToList();
        var gebieden = await db.Gebieden.Include(g => g.Kerncijfers).Where(g => codes.Contains(g.Code)).ToDictionaryAsync(g => g.Code, cancellationToken);
        var fouten = regels.Select(r => (r.Regel, Fout: FoutIn(r, gebieden.Keys)))
            .Where(f => f.Fout is not null)
            .Select(f => new ValidationFailure($"regel {f.Regel}", f.Fout))
            .ToList();
        if (regels.Count == 0)
            fouten.Add(new ValidationFailure("bestand", "Het bestand bevat geen cijfers: alleen een kopregel, of niets."));
        if (regels.Count > MaxRegels)
            fouten.Add(new ValidationFailure("bestand", $"Het bestand heeft meer dan {MaxRegels} regels; splits het op."));
        if (fouten.Count > 0)
            throw new ValidationException("Het bestand is niet ingelezen: er is niets veranderd. Verbeter de genoemde regels en lees het opnieuw in.", fouten);

        foreach (var r in regels)
        {
            var gebied = gebieden[r.Gebiedscode];
            var maatstaf = LokaleMaatstaf.Voorvoegsel + r.Maatstaf;
            var bekend = gebied.Kerncijfers.Any(k => k.Maatstaf == maatstaf && k.Jaar == r.Jaar);
            gebied.SetKerncijfer(maatstaf, r.Maatstaf, "", r.Waarde, r.Bron, r.Jaar);
            // A new figure carries its own id, which change tracking would take for an existing row: add it explicitly.
            if (!bekend)
                db.Set<Kerncijfer>().Add(gebied.Kerncijfers.Single(k => k.Maatstaf == maatstaf && k.Jaar == r.Jaar));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new LokaleCijfersImportDto(regels.Count, regels.Select(r => r.Gebiedscode).Distinct().Count(), regels.Select(r => r.Maatstaf).Distinct().Order().ToList());
    }

    private static string? FoutIn(LokaleCijferRegel regel, IEnumerable<string> codes) =>
        regel.Fout
        ?? (!codes.Contains(regel.Gebiedscode) ? $"Gebiedscode '{regel.Gebiedscode}' is geen gebied van deze gemeente."
            : !Tekst.IsSafe(regel.Maatstaf) || !Tekst.IsSafe(regel.Bron) ? "De maatstaf of bron bevat tekens die niet zijn toegestaan."
            : null);
}
