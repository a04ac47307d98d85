using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateCijferlezing;

/// <summary>
/// Replaces how the gemeente reads its measures: a measure left out is read as the product's default. Every wijkbeeld
/// page and document shows its figures through this reading (G-6: vitality always beside problems).
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateCijferlezingCommand : ICommand<CijferlezingDto>
{
    public required IReadOnlyList<MaatstafLens> Lezingen { get; init; }
}

public sealed record MaatstafLens(string Maatstaf, Lens Lens);

public sealed class UpdateCijferlezingHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateCijferlezingCommand, CijferlezingDto>
{
    public async ValueTask<CijferlezingDto> Handle(UpdateCijferlezingCommand command, CancellationToken cancellationToken)
    {
        var lezing = await db.Set<Cijferlezing>().FirstOrDefaultAsync(cancellationToken);
        if (lezing is null)
        {
            lezing = new Cijferlezing(clock.GetUtcNow());
            db.Set<Cijferlezing>().Add(lezing);
        }
        var maatstaven = await db.MaatstavenAsync(cancellationToken);
        lezing.Zet(command.Lezingen.ToDictionary(l => l.Maatstaf, l => l.Lens, StringComparer.Ordinal), [.. maatstaven.Keys], clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return lezing.ToDto(maatstaven, opgeslagen: true);
    }
}
