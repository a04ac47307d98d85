using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.OpenSubsidieregeling;

/// <summary>Opens the application period: only a published regeling with its mededingingsruimte on record (Awb 4:25, ABRvS 2018:2310).</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
[NoValidator("No body: the state change is the whole request.")]
public sealed record OpenSubsidieregelingCommand([property: JsonIgnore] Guid Id) : ICommand<SubsidieregelingDto>;

public sealed class OpenSubsidieregelingHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<OpenSubsidieregelingCommand, SubsidieregelingDto>
{
    public async ValueTask<SubsidieregelingDto> Handle(OpenSubsidieregelingCommand command, CancellationToken cancellationToken)
    {
        var regeling = await db.Set<Subsidieregeling>().VindAsync(command.Id, cancellationToken);
        regeling.Open(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return regeling.ToDto();
    }
}
