using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gebieden.Dtos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gebieden.Commands.UpdateGebied;

/// <summary>What the gemeente may change of an area: its name, the pilot flag and its parent. The CBS code and figures are not editable.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateGebiedCommand : ICommand<GebiedDetailDto>
{
    /// <summary>From the path.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Naam { get; init; }

    public required bool Pilot { get; init; }

    /// <summary>The area one level higher; null only for the gemeente itself.</summary>
    public required Guid? OuderId { get; init; }
}

public sealed class UpdateGebiedHandler(IApplicationDbContext db) : ICommandHandler<UpdateGebiedCommand, GebiedDetailDto>
{
    public async ValueTask<GebiedDetailDto> Handle(UpdateGebiedCommand command, CancellationToken cancellationToken)
    {
        var gebied = await db.Gebieden.Include(g => g.Kerncijfers)
            .FirstOrDefaultAsync(g => g.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Dit gebied bestaat niet in deze gemeente.");

        var ouder = command.OuderId is { } ouderId
            ? await db.Gebieden.FirstOrDefaultAsync(g => g.Id == ouderId, cancellationToken)
              ?? throw new NotFoundException("Het opgegeven bovenliggende gebied bestaat niet in deze gemeente.")
            : null;
        if (command.OuderId != gebied.OuderId)
            gebied.MoveUnder(ouder);
        gebied.Rename(command.Naam);
        gebied.SetPilot(command.Pilot);
        await db.SaveChangesAsync(cancellationToken);
        return gebied.ToDetailDto(ouder);
    }
}
