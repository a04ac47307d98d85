using FluentValidation;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;

public sealed class UpdateGemeenteValidator : AbstractValidator<UpdateGemeenteCommand>
{
    public UpdateGemeenteValidator()
    {
        RuleFor(c => c.Naam).NotEmpty().WithMessage("Vul de naam van de gemeente in.")
            .MaximumLength(100).WithMessage("De naam mag hoogstens 100 tekens lang zijn.");
    }
}
