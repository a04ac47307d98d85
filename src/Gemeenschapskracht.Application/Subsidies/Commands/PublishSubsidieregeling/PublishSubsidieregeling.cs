using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.PublishSubsidieregeling;

/// <summary>Publishes the regeling with its plafond, criteria and way of distribution, before applications open (Awb 4:25 lid 3).</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
[NoValidator("No body: the state change is the whole request.")]
public sealed record PublishSubsidieregelingCommand([property: JsonIgnore] Guid Id) : ICommand<SubsidieregelingDto>;

public sealed class PublishSubsidieregelingHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<PublishSubsidieregelingCommand, SubsidieregelingDto>
{
    public async ValueTask<SubsidieregelingDto> Handle(PublishSubsidieregelingCommand command, CancellationToken cancellationToken)
    {
        var regeling = await db.Set<Subsidieregeling>().VindAsync(command.Id, cancellationToken);
        regeling.Publiceer(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return regeling.ToDto();
    }
}
