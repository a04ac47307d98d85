using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Instellingen.Commands.DeleteLogo;

[Authorize(Roles = Roles.GemeenteBeheerder)]
[NoValidator("It has no input: the gemeente comes from the request.")]
public sealed record DeleteLogoCommand : ICommand;

public sealed class DeleteLogoHandler(ITenantCatalogDbContext catalog) : ICommandHandler<DeleteLogoCommand>
{
    public async ValueTask<Unit> Handle(DeleteLogoCommand command, CancellationToken cancellationToken)
    {
        var logo = await catalog.TenantLogos.FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Deze gemeente heeft geen logo.");
        catalog.TenantLogos.Remove(logo);
        await catalog.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
