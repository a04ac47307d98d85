using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Domain.Etalage;
using Mediator;

namespace Gemeenschapskracht.Application.Etalage.Commands.ArchiveEtalageverhaal;

/// <summary>The gemeente takes a published story out of the etalage; it is kept, no longer public, and its photos with it.</summary>
[Authorize(Roles = EtalageRollen.Beheerders)]
[NoValidator("Only the route id.")]
public sealed record ArchiveEtalageverhaalCommand(Guid Id) : ICommand<EtalageverhaalDto>;

public sealed class ArchiveEtalageverhaalHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ArchiveEtalageverhaalCommand, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(ArchiveEtalageverhaalCommand command, CancellationToken cancellationToken)
    {
        var verhaal = await db.Set<Etalageverhaal>().VindAsync(command.Id, cancellationToken);
        verhaal.Archiveer(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(verhaal, user, cancellationToken);
    }
}
