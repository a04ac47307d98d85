using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Commands.UpdateDeclaratie;

/// <summary>The submitter replaces what they said, while the declaratie is a concept or came back as onvolledig (not in a batch).</summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
public sealed record UpdateDeclaratieCommand : ICommand<DeclaratieDto>, IDeclaratievelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required long BedragEurocent { get; init; }

    public required DateOnly Uitgavedatum { get; init; }

    public required string Rekening { get; init; }

    public required string Omschrijving { get; init; }

    public required string NaamBegunstigde { get; init; }

    public required string Iban { get; init; }
}

public sealed class UpdateDeclaratieValidator : AbstractValidator<UpdateDeclaratieCommand>
{
    public UpdateDeclaratieValidator() => this.AddDeclaratieRules();
}

public sealed class UpdateDeclaratieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateDeclaratieCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(UpdateDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var declaratie = await db.VindEigenAsync(user, command.Id, cancellationToken);
        var administratie = await db.Set<Administratie>().AsNoTracking().FirstAsync(a => a.Id == declaratie.AdministratieId, cancellationToken);
        declaratie.Wijzig(administratie, command.ToGegevens(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}
