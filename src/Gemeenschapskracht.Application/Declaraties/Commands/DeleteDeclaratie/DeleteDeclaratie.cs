using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.DeleteDeclaratie;

/// <summary>The submitter removes a concept; a submitted declaratie stays, with its history.</summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
[NoValidator("Only the route id.")]
public sealed record DeleteDeclaratieCommand(Guid Id) : ICommand;

public sealed class DeleteDeclaratieHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<DeleteDeclaratieCommand>
{
    public async ValueTask<Unit> Handle(DeleteDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var declaratie = await db.VindEigenAsync(user, command.Id, cancellationToken);
        declaratie.ControleerVerwijderbaar();
        db.Set<Declaratie>().Remove(declaratie);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
