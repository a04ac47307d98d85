using FluentValidation;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Instellingen.Commands.UpdateThema;

public sealed class UpdateThemaValidator : AbstractValidator<UpdateThemaCommand>
{
    public UpdateThemaValidator() =>
        RuleFor(c => c.Thema).Must(Thema.Bestaat)
            .WithMessage($"Kies een thema uit: {string.Join(", ", Thema.Alle)}.");
}
