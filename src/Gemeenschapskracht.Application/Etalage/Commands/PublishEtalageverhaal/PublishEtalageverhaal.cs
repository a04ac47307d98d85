using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Domain.Etalage;
using Mediator;

namespace Gemeenschapskracht.Application.Etalage.Commands.PublishEtalageverhaal;

/// <summary>The gemeente puts a nominated story in the public etalage: only with the initiative's consent and every file a photo with consent.</summary>
[Authorize(Roles = EtalageRollen.Beheerders)]
[NoValidator("Only the route id.")]
public sealed record PublishEtalageverhaalCommand(Guid Id) : ICommand<EtalageverhaalDto>;

public sealed class PublishEtalageverhaalHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishEtalageverhaalCommand, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(PublishEtalageverhaalCommand command, CancellationToken cancellationToken)
    {
        var verhaal = await db.Set<Etalageverhaal>().VindAsync(command.Id, cancellationToken);
        verhaal.Publiceer(await db.BijlagenVanAsync(verhaal.Id, cancellationToken), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(verhaal, user, cancellationToken);
    }
}
