using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.SubmitSubsidieaanvraag;

/// <summary>The applicant submits the concept: the beslistermijn starts (Awb 4:13).</summary>
[Authorize(Roles = SubsidieQueries.Aanvragers)]
[NoValidator("No body: the state change is the whole request.")]
public sealed record SubmitSubsidieaanvraagCommand([property: JsonIgnore] Guid Id) : ICommand<SubsidieaanvraagDto>;

public sealed class SubmitSubsidieaanvraagHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(SubmitSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.EigenAanvraagAsync(user, command.Id, cancellationToken);
        aanvraag.DienIn(await db.Set<Subsidieregeling>().VindAsync(aanvraag.RegelingId, cancellationToken), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.ToDto();
    }
}
